import "server-only";
import { NextResponse } from "next/server";
import { isDatabaseBusyError } from "./database-busy";
import { tryTakeWriteSlot } from "./user-write-slots";

/** Seconds a client is asked to wait: 429 when the official has too many writes in flight, 503 when the database is saturated. */
export const RETRY_AFTER_SECONDS = { TOO_MANY: 1, BUSY: 2 } as const;

const BUSY_MESSAGE = "Many requests are arriving at once. Try again in a moment.";

export function busyResponse(status: 429 | 503): NextResponse {
  return NextResponse.json(
    { ok: false, code: "BUSY", message: BUSY_MESSAGE },
    { status, headers: { "Retry-After": String(status === 429 ? RETRY_AFTER_SECONDS.TOO_MANY : RETRY_AFTER_SECONDS.BUSY), "Cache-Control": "no-store" } },
  );
}

/**
 * Runs a route handler's write for the official within their write slots: 429 when they have too
 * many in flight, 503 when the database is saturated (pool exhausted, transaction could not start,
 * deadlock), both with Retry-After. Any other error propagates.
 */
export async function withWriteSlot(userId: string, write: () => Promise<NextResponse>): Promise<NextResponse> {
  const release = tryTakeWriteSlot(userId);
  if (!release) return busyResponse(429);
  try {
    return await write();
  } catch (error) {
    if (isDatabaseBusyError(error)) return busyResponse(503);
    throw error;
  } finally {
    release();
  }
}

/**
 * How long a route's opening read (the session user: one primary-key lookup) may wait before the
 * client is told the database is busy. Longer means every connection is taken and the request is
 * queued behind the pool; answering 503 now lets the client back off instead of hanging.
 */
export const OPENING_READ_DEADLINE_MS = 4_000;

/** For reads that open a route (loading the session user): a saturated database is a 503, not a 500 or a hang. */
export async function orBusy<T>(
  read: () => Promise<T>,
  deadlineMs: number = OPENING_READ_DEADLINE_MS,
): Promise<{ ok: true; value: T } | { ok: false; response: NextResponse }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const pending = read();
  // A read answered late finishes (or fails) unheard; it changes nothing.
  pending.catch(() => {});
  const deadline = new Promise<"late">((resolve) => {
    timer = setTimeout(() => resolve("late"), deadlineMs);
  });
  try {
    const outcome = await Promise.race([pending.then((value) => ({ value })), deadline]);
    if (outcome === "late") return { ok: false, response: busyResponse(503) };
    return { ok: true, value: outcome.value };
  } catch (error) {
    if (isDatabaseBusyError(error)) return { ok: false, response: busyResponse(503) };
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
