import { z } from "zod";
import { LOCALES } from "./locales";

export const setLanguageSchema = z.object({
  locale: z.enum(LOCALES, { message: "Choose English or Hindi." }),
});
