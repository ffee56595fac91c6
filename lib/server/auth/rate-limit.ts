import "server-only";
import { createHash } from "node:crypto";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/env";

/**
 * Sign-in attempt counters, shared by every app instance through the rate_limits table:
 *  - byPair: attempts on one email from one client; the hard limit that stops a single guesser;
 *  - byEmail: failures on one email from everywhere; they only slow attempts down (never a lock);
 *  - byClient: failures from one client over every email; stops one address spraying many.
 */
export type SignInLimiters = {
  pool: pg.Pool;
  byPair: RateLimiterPostgres;
  byEmail: RateLimiterPostgres;
  byClient: RateLimiterPostgres;
};

function createLimiters(): SignInLimiters {
  const { DATABASE_URL, SIGN_IN_MAX_ATTEMPTS, SIGN_IN_IP_MAX_ATTEMPTS, SIGN_IN_WINDOW_SECONDS } = env();
  // Its own tiny pool: rate-limiter-flexible speaks raw pg, and the embedded database (PGlite over
  // TCP) refuses connections beyond a small total, so this must stay well under that.
  const pool = new pg.Pool({
    connectionString: DATABASE_URL,
    max: 2,
    idleTimeoutMillis: 10_000,
    allowExitOnIdle: true,
    connectionTimeoutMillis: 5_000,
    statement_timeout: 5_000,
    idle_in_transaction_session_timeout: 5_000,
  });
  // An idle client's network error must not crash the process; the next query reconnects.
  pool.on("error", (error) => console.error("[auth] rate-limit pool error", error.message));
  // The limiter names its prepared statements. The embedded database serves every connection from
  // one backend session, where a second connection preparing the same name fails ("already
  // exists"); unnamed statements work everywhere and sign-in is not a hot path.
  const unnamedStatements = {
    query: (query: { text: string; values?: unknown[] }) => pool.query({ text: query.text, values: query.values }),
  };
  const common = { storeClient: unnamedStatements, storeType: "pool", tableName: "rate_limits", tableCreated: true } as const;
  return {
    pool,
    byPair: new RateLimiterPostgres({
      ...common,
      keyPrefix: "signin_pair",
      points: SIGN_IN_MAX_ATTEMPTS,
      duration: SIGN_IN_WINDOW_SECONDS,
    }),
    // Only counted (penalty) and read, never consumed against its points: no refusal comes of it.
    byEmail: new RateLimiterPostgres({
      ...common,
      keyPrefix: "signin_email",
      points: Number.MAX_SAFE_INTEGER,
      duration: SIGN_IN_WINDOW_SECONDS,
    }),
    byClient: new RateLimiterPostgres({
      ...common,
      keyPrefix: "signin_ip",
      points: SIGN_IN_IP_MAX_ATTEMPTS,
      duration: SIGN_IN_WINDOW_SECONDS,
    }),
  };
}

const globalForLimiters = globalThis as unknown as { kaushalSignInLimiters?: SignInLimiters };

export function signInLimiters(): SignInLimiters {
  globalForLimiters.kaushalSignInLimiters ??= createLimiters();
  return globalForLimiters.kaushalSignInLimiters;
}

/** Keys are hashed: no addresses in the counters table, and always within its varchar(255). */
export function rateLimitKey(value: string): string {
  return createHash("sha256").update(value).digest("base64url");
}

/** The counter of one email from one client; an unknown client (null) is one client of its own. */
export function signInPairKey(email: string, client: string | null): string {
  return rateLimitKey(`${email}\n${client ?? "unknown"}`);
}

/** rate-limiter-flexible rejects with a RateLimiterRes when over the limit, with an Error otherwise. */
export function isRateLimiterRes(value: unknown): value is RateLimiterRes {
  return value instanceof RateLimiterRes;
}

export function secondsUntilReset(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}
