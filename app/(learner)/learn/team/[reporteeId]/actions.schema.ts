import { z } from "zod";
import { competencyLevelField, optionalNoteField, requiredTextField } from "@/lib/domain/competency/competency-fields.schema";
import { ENDORSEMENT_NOTE_MAX_LENGTH, REVOKE_REASON_MAX_LENGTH } from "@/lib/domain/competency/endorsement";

// Ids arrive from hidden fields; the use-cases check every one against the reporting line.
const reporteeId = z.uuid("That official could not be found. Reload the page.");
const competencyId = z.uuid("That competency could not be found. Reload the page.");

export const endorseSchema = z.object({
  reporteeId,
  competencyId,
  level: competencyLevelField(),
  note: optionalNoteField(ENDORSEMENT_NOTE_MAX_LENGTH),
});

export const declineSchema = z.object({ reporteeId, competencyId });

export const revokeSchema = z.object({
  entryId: z.uuid("That endorsement could not be found. Reload the page."),
  reason: requiredTextField(REVOKE_REASON_MAX_LENGTH, `Give a reason, up to ${REVOKE_REASON_MAX_LENGTH} characters.`),
});

export type EndorseResult = { level: number };
