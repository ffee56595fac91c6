import { describe, expect, test } from "vitest";
import { db } from "@/lib/server/db";
import { readThroughSnapshot } from "./report-snapshot";

const MINUTE = 60_000;

function counter() {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    compute: async () => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { total: calls, at: new Date("2026-11-30T10:00:00Z") };
    },
  };
}

const revive = (payload: unknown) => {
  const value = payload as { total: number; at: string };
  return { total: value.total, at: new Date(value.at) };
};

describe("report snapshots", () => {
  test("a figure is computed once, read back while younger than its bound, and recomputed after", async () => {
    const key = `test:${crypto.randomUUID()}`;
    const figure = counter();
    const start = new Date();
    const first = await readThroughSnapshot({ key, maxAgeMs: 10 * MINUTE, now: start, compute: figure.compute, revive });
    const second = await readThroughSnapshot({ key, maxAgeMs: 10 * MINUTE, now: new Date(start.getTime() + 9 * MINUTE), compute: figure.compute, revive });
    expect(figure.calls).toBe(1);
    expect(second.value).toEqual({ total: 1, at: new Date("2026-11-30T10:00:00Z") });
    expect(second.computedAt).toEqual(first.computedAt);

    const later = await readThroughSnapshot({ key, maxAgeMs: 10 * MINUTE, now: new Date(start.getTime() + 11 * MINUTE), compute: figure.compute, revive });
    expect(figure.calls).toBe(2);
    expect(later.value.total).toBe(2);
    expect((await db.reportSnapshot.findUniqueOrThrow({ where: { key } })).payload).toMatchObject({ total: 2 });
  });

  test("viewers arriving together at a stale figure recount it once", async () => {
    const key = `test:${crypto.randomUUID()}`;
    const figure = counter();
    const start = new Date();
    await readThroughSnapshot({ key, maxAgeMs: MINUTE, now: start, compute: figure.compute, revive });
    const stale = new Date(start.getTime() + 2 * MINUTE);
    const results = await Promise.all(
      Array.from({ length: 4 }, () => readThroughSnapshot({ key, maxAgeMs: MINUTE, now: stale, compute: figure.compute, revive })),
    );
    expect(figure.calls).toBe(2);
    // Each viewer gets the previous figure or the recounted one, never a recount of its own.
    expect(results.every((result) => result.value.total === 1 || result.value.total === 2)).toBe(true);
    expect(results.some((result) => result.value.total === 2)).toBe(true);
  });
});
