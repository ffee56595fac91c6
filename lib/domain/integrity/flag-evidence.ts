// What an integrity flag recorded, put in a reviewer's words. The flag's `details` is JSON written
// by the completion rule (lib/server/progress/complete-lesson.ts); older or hand-made rows may
// lack fields, so everything is read defensively and a missing figure is simply left out.
import { z } from "zod";

const flagDetailsSchema = z.object({
  code: z.string().optional(),
  secondsSpent: z.number().nonnegative().optional(),
  secondsMissing: z.number().nonnegative().optional(),
  maxPositionSeconds: z.number().nonnegative().optional(),
  openedAt: z.iso.datetime().optional(),
  requestedAt: z.iso.datetime().optional(),
});

export type FlagDetails = z.infer<typeof flagDetailsSchema>;

export type FlaggedLessonType = "TEXT" | "VIDEO" | "PDF" | "LINK" | "ASSESSMENT";

export type FlagEvidence = {
  /** "Credited: 4 s of reading", "Credited: 0:12 of video watched, 6 s of watching time". */
  credited: string | null;
  /** "Needed: about 56 s more". */
  needed: string | null;
  /** Time between opening the lesson and asking to complete it, e.g. "8 s after opening". */
  askedAfter: string | null;
};

export function parseFlagDetails(details: unknown): FlagDetails {
  const parsed = flagDetailsSchema.safeParse(details);
  return parsed.success ? parsed.data : {};
}

/** 0–59 s as seconds, then minutes and seconds: reviewers compare small numbers. */
export function formatShortDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes < 60) return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
  const hours = Math.floor(minutes / 60);
  return `${hours} h ${minutes % 60} min`;
}

function videoPosition(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}

export function describeFlagEvidence(lessonType: FlaggedLessonType, details: unknown): FlagEvidence {
  const d = parseFlagDetails(details);
  let credited: string | null = null;
  if (d.secondsSpent !== undefined) {
    credited =
      lessonType === "VIDEO"
        ? `${videoPosition(d.maxPositionSeconds ?? 0)} of the video watched continuously, ${formatShortDuration(d.secondsSpent)} of watching time`
        : `${formatShortDuration(d.secondsSpent)} of ${lessonType === "PDF" ? "reading the document" : "reading"}`;
  }
  const needed = d.secondsMissing !== undefined && d.secondsMissing > 0 ? `about ${formatShortDuration(d.secondsMissing)} more` : null;
  let askedAfter: string | null = null;
  if (d.openedAt && d.requestedAt) {
    const elapsed = (Date.parse(d.requestedAt) - Date.parse(d.openedAt)) / 1000;
    if (Number.isFinite(elapsed) && elapsed >= 0) askedAfter = `${formatShortDuration(elapsed)} after first opening the lesson`;
  }
  return { credited, needed, askedAfter };
}
