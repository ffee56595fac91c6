// When and whether a browser call should be tried again after the server said "busy": 429 (this
// official has too many requests in flight) or 503 (the database is saturated), both carrying
// Retry-After. Jitter keeps an official's tabs from retrying in step.

export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 503]);

/** Never wait longer than this, whatever the header says: a heartbeat is worth little later. */
export const MAX_RETRY_DELAY_MS = 10_000;

/**
 * Milliseconds to wait before attempt `attempt + 1` (attempt counts from 1): the Retry-After
 * header (delay-seconds or an HTTP date) when it parses, otherwise 1 s doubling per attempt; plus
 * up to half a second of jitter; capped at MAX_RETRY_DELAY_MS.
 */
export function retryDelayMs(retryAfter: string | null, attempt: number, now: number = Date.now(), random: () => number = Math.random): number {
  const fallback = 1000 * 2 ** Math.max(0, attempt - 1);
  const base = parseRetryAfterMs(retryAfter, now) ?? fallback;
  return Math.min(MAX_RETRY_DELAY_MS, Math.max(0, base) + Math.floor(random() * 500));
}

function parseRetryAfterMs(value: string | null, now: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : date - now;
}

/**
 * Calls `call` until its result is not a BUSY failure, at most `attempts` times, waiting between
 * tries; returns the last result. For server actions, whose BUSY result stands for a 429/503.
 */
export async function retryWhileBusy<T extends { ok: boolean; code?: string }>(
  call: () => Promise<T>,
  options: { attempts?: number; sleep?: (ms: number) => Promise<void>; random?: () => number } = {},
): Promise<T> {
  const attempts = options.attempts ?? 3;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt++) {
    const result = await call();
    if (result.ok || result.code !== "BUSY" || attempt >= attempts) return result;
    await sleep(retryDelayMs(null, attempt, Date.now(), options.random));
  }
}
