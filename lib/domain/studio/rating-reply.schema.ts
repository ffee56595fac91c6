import { z } from "zod";

export const ratingReplySchema = z.object({
  courseId: z.uuid(),
  ratingId: z.uuid(),
  reply: z.string().trim().min(2, "Write a reply of at least 2 characters.").max(2000, "Keep the reply under 2,000 characters."),
});
