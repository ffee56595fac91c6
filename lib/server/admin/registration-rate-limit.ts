import "server-only";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import { isRateLimiterRes, rateLimitKey, signInLimiters } from "@/lib/server/auth/rate-limit";

// The public registration form needs no account, so each address may register only a few people
// an hour: enough for a shared office computer, too few to flood an organisation's queue.
export const REGISTRATIONS_PER_ADDRESS_PER_HOUR = 20;

const globalForLimiter = globalThis as unknown as { kaushalRegistrationLimiter?: RateLimiterPostgres };

function limiter(): RateLimiterPostgres {
  if (!globalForLimiter.kaushalRegistrationLimiter) {
    const { pool } = signInLimiters();
    // Unnamed statements, as for sign-in: the embedded database shares one backend session.
    const storeClient = { query: (query: { text: string; values?: unknown[] }) => pool.query({ text: query.text, values: query.values }) };
    globalForLimiter.kaushalRegistrationLimiter = new RateLimiterPostgres({
      storeClient,
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
      keyPrefix: "register_ip",
      points: REGISTRATIONS_PER_ADDRESS_PER_HOUR,
      duration: 60 * 60,
    });
  }
  return globalForLimiter.kaushalRegistrationLimiter;
}

/** True while the address may register someone; counts this attempt. */
export async function allowRegistrationFrom(address: string | null): Promise<boolean> {
  try {
    await limiter().consume(rateLimitKey(address ?? "unknown"));
    return true;
  } catch (error) {
    if (isRateLimiterRes(error)) return false;
    throw error;
  }
}
