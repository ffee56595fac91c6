import "server-only";
import { DomainError } from "@/lib/domain/learning/domain-error";
import { applyVideoHeartbeat, type HeartbeatOutcome } from "@/lib/domain/learning/video-heartbeat";
import { findLearnerLesson } from "./find-learner-lesson";
import { HEARTBEAT_ATTEMPTS, readProgressForHeartbeat, saveHeartbeatIfUnchanged, UNOPENED, type ProgressSnapshot } from "./save-heartbeat";

export type VideoHeartbeatResult = {
  outcome: HeartbeatOutcome;
  creditedSeconds: number;
  positionSeconds: number;
  /** The player must not let the learner seek past this: only continuous watching moves it. */
  maxPositionSeconds: number;
  secondsSpent: number;
};

/**
 * Applies a heartbeat from the video player. Only the reported position comes from the browser;
 * time is the server's own clock (`now`, injectable for tests). Throws DomainError NOT_ENROLLED or
 * INVALID_PROGRESS (not a video lesson, or a nonsensical position).
 */
export async function recordVideoHeartbeat(input: {
  userId: string;
  lessonId: string;
  positionSeconds: number;
  now?: Date;
}): Promise<VideoHeartbeatResult> {
  const now = input.now ?? new Date();
  const { lesson, enrolmentId, isCompetencyLinked } = await findLearnerLesson(input.userId, input.lessonId);
  if (lesson.type !== "VIDEO") throw new DomainError("INVALID_PROGRESS");

  const key = { enrolmentId, lessonId: lesson.id, userId: input.userId };
  let seen = await readProgressForHeartbeat(key);
  for (let attempt = 1; ; attempt++) {
    const progress = seen ?? UNOPENED;
    const result = applyVideoHeartbeat(progress, { positionSeconds: input.positionSeconds }, now, lesson);
    const { state } = result;
    const summary = {
      outcome: result.outcome,
      creditedSeconds: result.creditedSeconds,
      positionSeconds: state.positionSeconds,
      maxPositionSeconds: state.maxPositionSeconds,
      secondsSpent: state.secondsSpent,
    };
    if (result.outcome === "STALE" || !state.lastHeartbeatAt) return summary;
    const write = { next: { ...state, lastHeartbeatAt: state.lastHeartbeatAt }, creditedSeconds: result.creditedSeconds, isCompetencyLinked, now };
    if (await saveHeartbeatIfUnchanged(key, seen, write)) return summary;
    // Another tab's heartbeat landed between the read and the write: decide again on its state.
    seen = await readProgressForHeartbeat(key);
    if (attempt >= HEARTBEAT_ATTEMPTS) return { ...summary, outcome: "STALE", creditedSeconds: 0, ...pick(seen ?? UNOPENED) };
  }
}

function pick(progress: ProgressSnapshot) {
  return { positionSeconds: progress.positionSeconds, maxPositionSeconds: progress.maxPositionSeconds, secondsSpent: progress.secondsSpent };
}
