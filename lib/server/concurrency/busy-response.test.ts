import { describe, expect, test } from "vitest";
import { orBusy } from "./busy-response";

describe("orBusy", () => {
  test("passes a read's value through", async () => {
    expect(await orBusy(async () => 42)).toEqual({ ok: true, value: 42 });
  });

  test("a read still queued for a connection at the deadline answers 503 with Retry-After, without waiting for the pool to give up", async () => {
    const started = Date.now();
    const result = await orBusy(() => new Promise<number>(() => {}), 50);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.response.status).toBe(503);
    expect(result.response.headers.get("Retry-After")).toBe("2");
  });

  test("a busy database error is a 503; any other error propagates", async () => {
    const poolTimeout = Object.assign(new Error("timeout exceeded when trying to connect"), {});
    const busy = await orBusy(() => Promise.reject(poolTimeout));
    expect(busy.ok ? 200 : busy.response.status).toBe(503);
    await expect(orBusy(() => Promise.reject(new TypeError("bug")))).rejects.toThrow("bug");
  });
});
