import { z } from "zod";
import { DRAFT_LIMITS } from "@/lib/domain/studio/course-draft";

/** The document itself is parsed by the action with courseDraftSchema, for errors per field path. */
export const saveCourseDraftSchema = z.object({
  revisionId: z.uuid(),
  editVersion: z.number().int().min(0),
  content: z.unknown(),
});

export const renderMarkdownSchema = z.object({ markdown: z.string().max(DRAFT_LIMITS.lessonBody) });

export const startNextVersionSchema = z.object({ courseId: z.uuid() });
