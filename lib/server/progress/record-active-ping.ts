import "server-only";
import { DomainError } from "@/lib/domain/learning/domain-error";
import { applyActivePing, type ActivePingResult } from "@/lib/domain/learning/active-time";
import { findLearnerLesson } from "./find-learner-lesson";
import { HEARTBEAT_ATTEMPTS, readProgressForHeartbeat, saveHeartbeatIfUnchanged, UNOPENED } from "./save-heartbeat";

export type ActivePingOutcome = { outcome: ActivePingResult["outcome"]; creditedSeconds: number; secondsSpent: number };

/**
 * Applies a "still reading" ping from a TEXT or PDF lesson, timed by the server clock. Throws
 * DomainError NOT_ENROLLED, or INVALID_PROGRESS for other lesson types (videos are timed by their
 * heartbeats, links by the visit, assessments by the attempt).
 */
export async function recordActivePing(input: { userId: string; lessonId: string; now?: Date }): Promise<ActivePingOutcome> {
  const now = input.now ?? new Date();
  const { lesson, enrolmentId, isCompetencyLinked } = await findLearnerLesson(input.userId, input.lessonId);
  if (lesson.type !== "TEXT" && lesson.type !== "PDF") throw new DomainError("INVALID_PROGRESS");

  const key = { enrolmentId, lessonId: lesson.id, userId: input.userId };
  let seen = await readProgressForHeartbeat(key);
  for (let attempt = 1; ; attempt++) {
    const progress = seen ?? UNOPENED;
    const result = applyActivePing(progress, now);
    const summary = { outcome: result.outcome, creditedSeconds: result.creditedSeconds, secondsSpent: result.state.secondsSpent };
    if (result.outcome === "STALE" || !result.state.lastHeartbeatAt) return summary;
    const next = { ...progress, secondsSpent: result.state.secondsSpent, lastHeartbeatAt: result.state.lastHeartbeatAt };
    if (await saveHeartbeatIfUnchanged(key, seen, { next, creditedSeconds: result.creditedSeconds, isCompetencyLinked, now })) return summary;
    // Another tab's ping landed between the read and the write: decide again on its state.
    seen = await readProgressForHeartbeat(key);
    if (attempt >= HEARTBEAT_ATTEMPTS) return { outcome: "STALE", creditedSeconds: 0, secondsSpent: (seen ?? UNOPENED).secondsSpent };
  }
}
