import { z } from "zod";
import type { ActionResult } from "@/lib/domain/action-result";
import type { LessonShortfall } from "@/lib/domain/learning/lesson-integrity";

export const completeLessonSchema = z.object({
  lessonId: z.uuid(),
  // Only used to refresh the player and course pages afterwards.
  slug: z.string().trim().min(1).max(200).regex(/^[a-z0-9-]+$/, "Not a course address."),
});

export type CompleteLessonInput = z.infer<typeof completeLessonSchema>;

export type CompleteLessonData = { progressPercent: number; isCourseCompleted: boolean; certificateCode: string | null };

/**
 * The action's reply. A refusal for too little time carries its shortfall as well, so the page
 * can word it in the official's language ("about 3 more minutes of reading"); the message alone
 * would only say, in Hindi, that the lesson cannot be completed yet.
 */
export type CompleteLessonState = ActionResult<CompleteLessonData> & { shortfall?: LessonShortfall | null };
