import { z } from "zod";
import { MAX_COMPETENCY_LEVEL, MIN_COMPETENCY_LEVEL } from "@/lib/domain/learning/passbook";

// Fields the self-assessment and the reporting officer's forms share. Messages are English; the
// forms show their own translated wording per field, since each field has one possible problem.

const LEVEL_MESSAGE = `Choose a level from ${MIN_COMPETENCY_LEVEL} to ${MAX_COMPETENCY_LEVEL}.`;

/** A proficiency level, 1–5, as a form posts it (a string). An empty choice is refused. */
export function competencyLevelField() {
  return z.coerce
    .number({ message: LEVEL_MESSAGE })
    .int(LEVEL_MESSAGE)
    .min(MIN_COMPETENCY_LEVEL, LEVEL_MESSAGE)
    .max(MAX_COMPETENCY_LEVEL, LEVEL_MESSAGE);
}

// Control characters other than line breaks and tabs have no place in a note.
const stripControls = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "");

/** Plain text, trimmed; empty becomes null. Stored as typed and escaped by React on display. */
export function optionalNoteField(maxLength: number) {
  return z
    .string()
    .transform(stripControls)
    .pipe(z.string().trim().max(maxLength, `Keep the note under ${maxLength} characters.`))
    .optional()
    .transform((text) => (text ? text : null));
}

/** Required plain text, trimmed, up to maxLength. */
export function requiredTextField(maxLength: number, message: string) {
  return z.string({ message }).transform(stripControls).pipe(z.string().trim().min(1, message).max(maxLength, message));
}
