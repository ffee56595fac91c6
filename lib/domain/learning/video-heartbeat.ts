// Turns the video player's heartbeats into time and coverage the server is willing to believe.
//
// Two numbers come out of it:
// - secondsSpent: learning time. Per heartbeat, the smaller of the wall-clock window and the
//   position advance, so a paused video sending heartbeats earns nothing and 2× playback earns
//   real time, not media time. This is what counts toward learning hours.
// - maxPositionSeconds: the contiguous frontier — how far from the start the learner has
//   watched without skipping. It only moves when playback starts at or behind the frontier and
//   advances no faster than PLAYBACK_RATE_CAP × the wall-clock window. Completion reads it.
//
// The player is expected to stop seeks past maxPositionSeconds (the server returns it with each
// heartbeat); if it does not, a skipped stretch still never counts toward the frontier.

import { DomainError } from "./domain-error";
import { heartbeatWindow } from "./heartbeat-window";

/** The fastest playback speed offered by the player; faster "playback" is a seek. */
export const PLAYBACK_RATE_CAP = 2;

/** Players report positions with some jitter (keyframes, buffering); smaller mismatches are not seeks. */
export const POSITION_TOLERANCE_SECONDS = 2;

export type VideoProgressState = {
  positionSeconds: number;
  maxPositionSeconds: number;
  secondsSpent: number;
  /** Server time of the last accepted heartbeat (LessonProgress.updatedAt works). */
  lastHeartbeatAt: Date | null;
};

/** Only the position: the client's clock and claimed playback rate are not trusted for anything. */
export type VideoHeartbeat = { positionSeconds: number };

export type HeartbeatOutcome = "BASELINE" | "STALE" | "WATCHED" | "PAUSED" | "SEEKED_BACK" | "SEEKED_FORWARD";

export type HeartbeatResult = {
  state: VideoProgressState;
  creditedSeconds: number;
  outcome: HeartbeatOutcome;
};

/**
 * Applies one heartbeat. Idempotent for duplicates and reorders: a heartbeat no newer than the
 * last accepted one changes nothing. Throws INVALID_PROGRESS for a position that is not a
 * non-negative number.
 */
export function applyVideoHeartbeat(
  state: VideoProgressState,
  heartbeat: VideoHeartbeat,
  now: Date,
  lesson: { durationSeconds: number },
): HeartbeatResult {
  const reported = heartbeat.positionSeconds;
  if (!Number.isFinite(reported) || reported < 0) throw new DomainError("INVALID_PROGRESS");
  const position = lesson.durationSeconds > 0 ? Math.min(Math.floor(reported), lesson.durationSeconds) : Math.floor(reported);

  const window = heartbeatWindow(state.lastHeartbeatAt, now);
  if (window.kind === "STALE") return { state, creditedSeconds: 0, outcome: "STALE" };
  const moved = { ...state, positionSeconds: position, lastHeartbeatAt: now };
  if (window.kind === "BASELINE") return { state: moved, creditedSeconds: 0, outcome: "BASELINE" };

  const advance = position - state.positionSeconds;
  if (advance === 0) return { state: moved, creditedSeconds: 0, outcome: "PAUSED" };
  // Going back costs nothing but earns nothing for this window: what was watched before the
  // seek is unknown. Replays from here on earn time, and the frontier only grows past its value.
  if (advance < 0) return { state: moved, creditedSeconds: 0, outcome: "SEEKED_BACK" };

  const maxMediaAdvance = window.seconds * PLAYBACK_RATE_CAP;
  if (advance > maxMediaAdvance + POSITION_TOLERANCE_SECONDS) {
    return { state: moved, creditedSeconds: 0, outcome: "SEEKED_FORWARD" };
  }

  const creditedSeconds = Math.floor(Math.min(window.seconds, advance));
  const isWithinFrontier = state.positionSeconds <= state.maxPositionSeconds + POSITION_TOLERANCE_SECONDS;
  // The frontier grows from itself, by at most the media time this window allows. Growing it
  // from the reported position would let the tolerance compound: a burst of heartbeats a
  // millisecond apart, each 2 s further on, would walk it to the end in no time at all.
  const frontier = isWithinFrontier
    ? Math.max(state.maxPositionSeconds, Math.min(position, Math.floor(state.maxPositionSeconds + maxMediaAdvance)))
    : state.maxPositionSeconds;
  return {
    state: { ...moved, maxPositionSeconds: frontier, secondsSpent: state.secondsSpent + creditedSeconds },
    creditedSeconds,
    outcome: "WATCHED",
  };
}
