// The wall-clock window a progress event may claim, shared by video heartbeats and reading pings.
//
// Every credit is bounded by the time since the previous accepted event, measured on the
// SERVER clock. The client's own clock is deliberately not an input: it can be set to anything.
// Because consecutive windows never overlap, the total credited can never exceed the real time
// that passed — whatever the client sends, however often, from however many tabs.

/** The player and reader send an event this often while the learner is active. */
export const HEARTBEAT_INTERVAL_SECONDS = 15;

/** One event lost to a network flicker is tolerated; a longer silence earns no more than this. */
export const MAX_CREDIT_PER_HEARTBEAT_SECONDS = 30;

export type HeartbeatWindow =
  /** The first event: nothing to measure against yet. */
  | { kind: "BASELINE" }
  /** Older than, or simultaneous with, the last accepted event: a retry, a reorder or a second tab. */
  | { kind: "STALE" }
  | { kind: "OPEN"; seconds: number };

export function heartbeatWindow(lastHeartbeatAt: Date | null, now: Date): HeartbeatWindow {
  if (lastHeartbeatAt === null) return { kind: "BASELINE" };
  const elapsedMs = now.getTime() - lastHeartbeatAt.getTime();
  if (elapsedMs <= 0) return { kind: "STALE" };
  return { kind: "OPEN", seconds: Math.min(elapsedMs / 1000, MAX_CREDIT_PER_HEARTBEAT_SECONDS) };
}
