import { z } from "zod";
import { DRAFT_LIMITS } from "@/lib/domain/studio/course-draft";

export const createCourseSchema = z.object({
  title: z.string().trim().min(3, "Give the course a title of at least 3 characters.").max(DRAFT_LIMITS.title, `Keep the title under ${DRAFT_LIMITS.title} characters.`),
  summary: z.string().trim().max(DRAFT_LIMITS.summary, `Keep the summary under ${DRAFT_LIMITS.summary} characters.`).default(""),
  providerId: z.union([z.uuid(), z.literal("")]).optional().transform((value) => value || null),
});
