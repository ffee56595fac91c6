import { z } from "zod";
import { freeText } from "@/lib/domain/free-text.schema";

export const REVIEW_NOTE_MAX_LENGTH = 500;

export const reviewFlagSchema = z.object({
  flagId: z.uuid("That flag could not be found. Reload the page."),
  outcome: z.enum(["NO_CONCERN", "FOLLOWED_UP"], "Choose what you found."),
  note: freeText()
    .trim()
    .max(REVIEW_NOTE_MAX_LENGTH, `Keep the note under ${REVIEW_NOTE_MAX_LENGTH} characters.`)
    .optional()
    .transform((note) => (note ? note : null)),
});

export type ReviewFlagData = { status: "REVIEWED" | "ALREADY_REVIEWED" };
