import { z } from "zod";

// A day of video is far beyond any lesson; anything larger is not a real position.
const MAX_POSITION_SECONDS = 24 * 60 * 60;

/** What the player and reader send. Only the position is the browser's; time is the server's. */
export const heartbeatSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("video"), lessonId: z.uuid(), positionSeconds: z.number().finite().min(0).max(MAX_POSITION_SECONDS) }),
  z.object({ kind: z.literal("active"), lessonId: z.uuid() }),
]);

export type HeartbeatInput = z.infer<typeof heartbeatSchema>;
