import { z } from "zod";
import { REVIEW_STAGES } from "@/lib/domain/studio/review-routing";

export const GROUP_NAME_MAX_LENGTH = 120;

const organisationId = z.uuid("Choose an organisation.");
const groupId = z.uuid("That group could not be found. Reload the page.");

export const setStagesSchema = z.object({
  organisationId,
  reviewStages: z.enum(["inherit", "1", "2"], "Choose how many stages.").transform((value) => (value === "inherit" ? null : value === "2" ? 2 : 1)),
});

export const createGroupSchema = z.object({
  organisationId,
  stage: z.enum(REVIEW_STAGES, "Choose a stage."),
  competencyArea: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((area) => area || null),
  name: z.string().trim().min(3, "Name the group (at least 3 characters).").max(GROUP_NAME_MAX_LENGTH, `Keep the name to ${GROUP_NAME_MAX_LENGTH} characters.`),
});

export const memberSchema = z.object({ groupId, userId: z.uuid("Choose an official.") });

export type GroupActionResult = { message: string };
