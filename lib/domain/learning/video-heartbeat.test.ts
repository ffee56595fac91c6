import { describe, expect, it } from "vitest";
import { applyVideoHeartbeat, type HeartbeatOutcome, type VideoProgressState } from "./video-heartbeat";

const T0 = new Date("2026-03-02T10:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const LESSON = { durationSeconds: 1200 };

function state(positionSeconds: number, maxPositionSeconds: number, lastAt: number | null, secondsSpent = 100): VideoProgressState {
  return { positionSeconds, maxPositionSeconds, secondsSpent, lastHeartbeatAt: lastAt === null ? null : at(lastAt) };
}

describe("applyVideoHeartbeat — one heartbeat", () => {
  // [name, previous state, reported position, seconds after T0, outcome, credited, position, frontier]
  it.each<[string, VideoProgressState, number, number, HeartbeatOutcome, number, number, number]>([
    ["first heartbeat sets a baseline", state(0, 0, null, 0), 0, 0, "BASELINE", 0, 0, 0],
    ["first heartbeat mid-video earns nothing", state(0, 0, null, 0), 600, 0, "BASELINE", 0, 600, 0],
    ["1× playback", state(100, 100, 0), 115, 15, "WATCHED", 15, 115, 115],
    ["2× playback earns wall time, moves the frontier twice as far", state(100, 100, 0), 130, 15, "WATCHED", 15, 130, 130],
    ["0.5× playback earns only what advanced", state(100, 100, 0), 107.6, 15, "WATCHED", 7, 107, 107],
    ["fractional position is floored", state(100, 100, 0), 114.9, 15, "WATCHED", 14, 114, 114],
    ["paused player", state(100, 100, 0), 100, 15, "PAUSED", 0, 100, 100],
    ["sub-second jitter while paused", state(100, 100, 0), 100.7, 15, "PAUSED", 0, 100, 100],
    ["seek forward", state(100, 100, 0), 900, 15, "SEEKED_FORWARD", 0, 900, 100],
    ["just beyond 2× plus tolerance is a seek", state(100, 100, 0), 133, 15, "SEEKED_FORWARD", 0, 133, 100],
    ["within tolerance is playback, frontier capped at 2×", state(100, 100, 0), 132, 15, "WATCHED", 15, 132, 130],
    ["frontier catches up on the next heartbeat after jitter", state(132, 130, 0), 147, 15, "WATCHED", 15, 147, 147],
    ["seek back", state(600, 600, 0), 100, 15, "SEEKED_BACK", 0, 100, 600],
    ["replay behind the frontier earns time, keeps the frontier", state(100, 600, 0), 115, 15, "WATCHED", 15, 115, 600],
    ["replay reaching past the frontier extends it", state(595, 600, 0), 610, 15, "WATCHED", 15, 610, 610],
    ["watching after skipping ahead earns time, not frontier", state(900, 100, 0), 915, 15, "WATCHED", 15, 915, 100],
    ["after a long pause, advance still bounded", state(100, 100, 0), 115, 3600, "WATCHED", 15, 115, 115],
    ["after a long silence, credit capped at 30 s", state(100, 100, 0), 160, 3600, "WATCHED", 30, 160, 160],
    ["long offline stretch looks like a seek", state(100, 100, 0), 700, 600, "SEEKED_FORWARD", 0, 700, 100],
    ["position past the end is clamped to the duration", state(1190, 1190, 0), 1215, 15, "WATCHED", 10, 1200, 1200],
    ["duplicate (same instant)", state(100, 100, 15), 115, 15, "STALE", 0, 100, 100],
    ["older than the last accepted heartbeat", state(130, 130, 30), 115, 15, "STALE", 0, 130, 130],
  ])("%s", (_name, previous, reported, seconds, outcome, credited, position, frontier) => {
    const result = applyVideoHeartbeat(previous, { positionSeconds: reported }, at(seconds), LESSON);
    expect(result.outcome).toBe(outcome);
    expect(result.creditedSeconds).toBe(credited);
    expect(result.state.positionSeconds).toBe(position);
    expect(result.state.maxPositionSeconds).toBe(frontier);
    expect(result.state.secondsSpent).toBe(previous.secondsSpent + credited);
  });

  it("leaves a stale heartbeat's state exactly as it was", () => {
    const previous = state(130, 130, 30);
    expect(applyVideoHeartbeat(previous, { positionSeconds: 145 }, at(29), LESSON).state).toBe(previous);
  });

  it.each([[-1], [Number.NaN], [Number.POSITIVE_INFINITY]])("rejects position %s", (positionSeconds) => {
    expect(() => applyVideoHeartbeat(state(0, 0, 0), { positionSeconds }, at(15), LESSON)).toThrow(
      expect.objectContaining({ code: "INVALID_PROGRESS" }),
    );
  });

  it("does not clamp when the duration is unknown", () => {
    const result = applyVideoHeartbeat(state(5000, 5000, 0), { positionSeconds: 5015 }, at(15), { durationSeconds: 0 });
    expect(result.state.maxPositionSeconds).toBe(5015);
  });
});

/** Feeds [secondsAfterT0, position] heartbeats in order and returns the final state. */
function play(beats: readonly (readonly [number, number])[], start: VideoProgressState = state(0, 0, null, 0)): VideoProgressState {
  return beats.reduce((current, [seconds, position]) => applyVideoHeartbeat(current, { positionSeconds: position }, at(seconds), LESSON).state, start);
}

function steady(fromSecond: number, fromPosition: number, count: number, interval: number, rate: number): [number, number][] {
  return Array.from({ length: count + 1 }, (_, i) => [fromSecond + i * interval, fromPosition + i * interval * rate]);
}

describe("applyVideoHeartbeat — whole sessions", () => {
  it.each<[string, [number, number][], number, number]>([
    ["honest 1× viewing of a 20-minute video", steady(0, 0, 80, 15, 1), 1200, 1200],
    ["2× viewing: whole video covered in 10 minutes of real time", steady(0, 0, 40, 15, 2), 600, 1200],
    // The problem this module exists for: "completed" in 20 seconds.
    ["seek to the end straight away", [[0, 0], [5, 1195], [20, 1200]], 5, 0],
    ["burst of heartbeats a millisecond apart", Array.from({ length: 600 }, (_, i) => [i / 1000, i * 2] as [number, number]), 0, 0],
    ["paused for an hour with heartbeats running", Array.from({ length: 240 }, (_, i) => [i * 15, 300] as [number, number]), 0, 0],
  ])("%s", (_name, beats, secondsSpent, frontier) => {
    const final = play(beats);
    expect(final.secondsSpent).toBe(secondsSpent);
    expect(final.maxPositionSeconds).toBe(frontier);
  });

  it("never credits more than the wall-clock time, even from two tabs", () => {
    // Tab A plays from 0, tab B from 600; their heartbeats interleave 7.5 s apart for 10 minutes.
    const beats: [number, number][] = [];
    for (let i = 0; i <= 40; i++) {
      beats.push([i * 15, i * 15]);
      beats.push([i * 15 + 7.5, 600 + i * 15]);
    }
    const final = play(beats);
    expect(final.secondsSpent).toBeLessThanOrEqual(607.5);
    expect(final.maxPositionSeconds).toBeLessThanOrEqual(1200);
  });

  it("replaying after a seek back counts time but not coverage", () => {
    const watched = play(steady(0, 0, 20, 15, 1)); // 0 → 300 in 300 s
    const replayed = play(
      [
        [310, 60],
        ...steady(325, 75, 10, 15, 1),
      ],
      watched,
    );
    expect(replayed).toMatchObject({ positionSeconds: 225, maxPositionSeconds: 300, secondsSpent: 300 + 11 * 15 });
  });

  it("re-delivered heartbeats do not double-count", () => {
    const beats = steady(0, 0, 10, 15, 1);
    const withRetries = beats.flatMap(([s, p]) => [[s, p], [s, p]] as [number, number][]);
    expect(play(withRetries)).toEqual(play(beats));
  });
});
