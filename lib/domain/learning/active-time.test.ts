import { describe, expect, it } from "vitest";
import { applyActivePing, type ActivePingResult, type ActiveTimeState } from "./active-time";

const T0 = new Date("2026-03-02T10:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

describe("applyActivePing", () => {
  it.each<[string, ActiveTimeState, number, ActivePingResult["outcome"], number]>([
    ["first ping", { secondsSpent: 0, lastHeartbeatAt: null }, 0, "BASELINE", 0],
    ["regular ping", { secondsSpent: 40, lastHeartbeatAt: at(0) }, 15, "ACTIVE", 15],
    ["late ping rounds down", { secondsSpent: 40, lastHeartbeatAt: at(0) }, 15.9, "ACTIVE", 15],
    ["one ping lost", { secondsSpent: 40, lastHeartbeatAt: at(0) }, 30, "ACTIVE", 30],
    ["back after lunch", { secondsSpent: 40, lastHeartbeatAt: at(0) }, 3600, "ACTIVE", 30],
    ["duplicate", { secondsSpent: 40, lastHeartbeatAt: at(15) }, 15, "STALE", 0],
    ["reordered", { secondsSpent: 40, lastHeartbeatAt: at(30) }, 15, "STALE", 0],
  ])("%s", (_name, state, seconds, outcome, credited) => {
    const result = applyActivePing(state, at(seconds));
    expect(result.outcome).toBe(outcome);
    expect(result.creditedSeconds).toBe(credited);
    expect(result.state.secondsSpent).toBe(state.secondsSpent + credited);
  });

  it.each<[string, number[], number]>([
    ["five minutes of steady pings", Array.from({ length: 21 }, (_, i) => i * 15), 300],
    ["pings every 100 ms for a minute", Array.from({ length: 601 }, (_, i) => i / 10), 0],
    ["pings every 1.5 s never beat real time", Array.from({ length: 41 }, (_, i) => i * 1.5), 40],
  ])("%s", (_name, times, expected) => {
    const final = times.reduce<ActiveTimeState>((state, seconds) => applyActivePing(state, at(seconds)).state, {
      secondsSpent: 0,
      lastHeartbeatAt: null,
    });
    expect(final.secondsSpent).toBe(expected);
    expect(final.secondsSpent).toBeLessThanOrEqual(times.at(-1) ?? 0);
  });
});
