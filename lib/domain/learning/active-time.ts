// Reading time for TEXT and PDF lessons, from the "still active" pings the reader page sends
// every HEARTBEAT_INTERVAL_SECONDS while the page is visible and the learner has interacted
// recently. There is no position to cross-check, so the wall-clock window is the whole bound:
// after a silence (tab hidden, learner away) the first ping earns at most
// MAX_CREDIT_PER_HEARTBEAT_SECONDS, however long the silence was.

import { heartbeatWindow } from "./heartbeat-window";

export type ActiveTimeState = {
  secondsSpent: number;
  lastHeartbeatAt: Date | null;
};

export type ActivePingResult = {
  state: ActiveTimeState;
  creditedSeconds: number;
  outcome: "BASELINE" | "STALE" | "ACTIVE";
};

/** Applies one ping; duplicates and reorders earn nothing and change nothing. */
export function applyActivePing(state: ActiveTimeState, now: Date): ActivePingResult {
  const window = heartbeatWindow(state.lastHeartbeatAt, now);
  if (window.kind === "STALE") return { state, creditedSeconds: 0, outcome: "STALE" };
  if (window.kind === "BASELINE") return { state: { ...state, lastHeartbeatAt: now }, creditedSeconds: 0, outcome: "BASELINE" };
  // Rounded down so that pings in quick succession cannot round their way to more than real time.
  const creditedSeconds = Math.floor(window.seconds);
  return {
    state: { secondsSpent: state.secondsSpent + creditedSeconds, lastHeartbeatAt: now },
    creditedSeconds,
    outcome: "ACTIVE",
  };
}
