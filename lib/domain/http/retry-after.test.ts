import { describe, expect, test } from "vitest";
import { MAX_RETRY_DELAY_MS, retryDelayMs, retryWhileBusy } from "./retry-after";

const NOW = Date.parse("2026-11-30T10:00:00Z");
const noJitter = () => 0;

describe("retryDelayMs", () => {
  test.each([
    ["delay-seconds", "2", 1, 2000],
    ["an HTTP date", new Date(NOW + 3000).toUTCString(), 1, 3000],
    ["no header: 1 s on the first retry", null, 1, 1000],
    ["no header: doubling", null, 3, 4000],
    ["garbage falls back", "soon", 2, 2000],
    ["a date in the past is no wait", new Date(NOW - 5000).toUTCString(), 1, 0],
    ["capped", "3600", 1, MAX_RETRY_DELAY_MS],
  ])("%s", (_name, header, attempt, expected) => {
    expect(retryDelayMs(header, attempt, NOW, noJitter)).toBe(expected);
  });

  test("adds under half a second of jitter", () => {
    expect(retryDelayMs("1", 1, NOW, () => 0.999)).toBe(1499);
  });
});

describe("retryWhileBusy", () => {
  test("retries BUSY results only, up to the attempts, waiting between them", async () => {
    const answers = [
      { ok: false, code: "BUSY" },
      { ok: false, code: "BUSY" },
      { ok: true },
    ];
    const waits: number[] = [];
    const result = await retryWhileBusy(async () => answers.shift()!, { sleep: async (ms) => void waits.push(ms), random: noJitter });
    expect(result).toEqual({ ok: true });
    expect(waits).toEqual([1000, 2000]);
  });

  test("returns another failure at once, and the last BUSY when attempts run out", async () => {
    let calls = 0;
    const other = await retryWhileBusy(async () => (calls++, { ok: false, code: "NOT_ENROLLED" }), { sleep: async () => {} });
    expect([other.code, calls]).toEqual(["NOT_ENROLLED", 1]);
    calls = 0;
    const busy = await retryWhileBusy(async () => (calls++, { ok: false, code: "BUSY" }), { attempts: 2, sleep: async () => {} });
    expect([busy.code, calls]).toEqual(["BUSY", 2]);
  });
});
