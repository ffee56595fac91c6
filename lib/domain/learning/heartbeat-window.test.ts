import { describe, expect, it } from "vitest";
import { MAX_CREDIT_PER_HEARTBEAT_SECONDS, heartbeatWindow, type HeartbeatWindow } from "./heartbeat-window";

const NOW = new Date("2026-03-02T10:00:00Z");
const ago = (seconds: number) => new Date(NOW.getTime() - seconds * 1000);

describe("heartbeatWindow", () => {
  it.each<[string, Date | null, HeartbeatWindow]>([
    ["first event", null, { kind: "BASELINE" }],
    ["same instant (duplicate)", NOW, { kind: "STALE" }],
    ["from the future (reordered)", ago(-5), { kind: "STALE" }],
    ["regular interval", ago(15), { kind: "OPEN", seconds: 15 }],
    ["fraction of a second", new Date(NOW.getTime() - 250), { kind: "OPEN", seconds: 0.25 }],
    ["one lost event", ago(30), { kind: "OPEN", seconds: 30 }],
    ["long silence is capped", ago(3600), { kind: "OPEN", seconds: MAX_CREDIT_PER_HEARTBEAT_SECONDS }],
  ])("%s", (_name, last, expected) => {
    expect(heartbeatWindow(last, NOW)).toEqual(expected);
  });
});
