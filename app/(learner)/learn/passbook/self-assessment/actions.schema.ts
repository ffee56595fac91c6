import { z } from "zod";
import { competencyLevelField, optionalNoteField } from "@/lib/domain/competency/competency-fields.schema";
import { SELF_ASSESSMENT_NOTE_MAX_LENGTH } from "@/lib/domain/competency/endorsement";

// The official rating is always the signed-in one: the form names the competency, never whose rating it is.
export const selfAssessmentSchema = z.object({
  competencyId: z.uuid("That competency could not be found. Reload the page."),
  level: competencyLevelField(),
  note: optionalNoteField(SELF_ASSESSMENT_NOTE_MAX_LENGTH),
});
