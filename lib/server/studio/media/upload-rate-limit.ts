import "server-only";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { isRateLimiterRes, rateLimitKey, secondsUntilReset, signInLimiters } from "@/lib/server/auth/rate-limit";

const globalForLimiter = globalThis as unknown as { kaushalUploadLimiter?: RateLimiterPostgres };

function uploadLimiter(): RateLimiterPostgres {
  if (!globalForLimiter.kaushalUploadLimiter) {
    // The sign-in limiters' small pool and table: one store of counters for the whole app.
    const { pool } = signInLimiters();
    globalForLimiter.kaushalUploadLimiter = new RateLimiterPostgres({
      storeClient: { query: (query: { text: string; values?: unknown[] }) => pool.query({ text: query.text, values: query.values }) },
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
      keyPrefix: "upload_user",
      points: env().UPLOADS_PER_HOUR,
      duration: 60 * 60,
    });
  }
  return globalForLimiter.kaushalUploadLimiter;
}

/** Counts one upload by the user; null when allowed, else the seconds until they may try again. */
export async function consumeUploadAllowance(userId: string): Promise<number | null> {
  try {
    await uploadLimiter().consume(rateLimitKey(`upload:${userId}`));
    return null;
  } catch (rejection) {
    if (isRateLimiterRes(rejection)) return secondsUntilReset(rejection);
    throw rejection;
  }
}
