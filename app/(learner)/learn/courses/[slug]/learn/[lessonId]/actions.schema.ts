import { z } from "zod";

export const completeLessonSchema = z.object({
  lessonId: z.uuid(),
  // Only used to refresh the player and course pages afterwards.
  slug: z.string().trim().min(1).max(200).regex(/^[a-z0-9-]+$/, "Not a course address."),
});

export type CompleteLessonInput = z.infer<typeof completeLessonSchema>;

export type CompleteLessonData = { progressPercent: number; isCourseCompleted: boolean; certificateCode: string | null };
