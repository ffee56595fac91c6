import { z } from "zod";

export const remindSchema = z.object({
  planId: z.uuid("That plan could not be found. Reload the page."),
  courseId: z.preprocess((value) => (value === "" ? undefined : value), z.uuid().optional()),
});
