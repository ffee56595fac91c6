import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import type { RateLimiterRes } from "rate-limiter-flexible";
import { credentialsSchema } from "@/lib/domain/auth/credentials.schema";
import type { SignInError } from "@/lib/domain/auth/sign-in-error";
import { signInDelaySeconds } from "@/lib/domain/auth/sign-in-delay";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import { isRateLimiterRes, rateLimitKey, secondsUntilReset, signInLimiters, signInPairKey } from "@/lib/server/auth/rate-limit";
import { createUserSession } from "@/lib/server/auth/user-sessions";

export type AuthorisedPrincipal = { id: string; email: string; name: string; sessionVersion: number; sessionId: string };

export type AuthorizeResult = { ok: true; user: AuthorisedPrincipal } | { ok: false; error: SignInError };

let dummyHash: Promise<string> | undefined;
// Verifying against a throwaway hash when the email is unknown keeps the response time the same,
// so timing does not reveal which addresses have accounts.
function timingDummyHash(): Promise<string> {
  dummyHash ??= hashPassword("kaushal-timing-equaliser");
  return dummyHash;
}

function limited(res: RateLimiterRes): AuthorizeResult {
  return { ok: false, error: { code: "RateLimited", retryAfterSeconds: secondsUntilReset(res) } };
}

/**
 * Checks an email + password sign-in and, on success, opens a server-side session.
 *
 * Throttling (policy in env.ts): every attempt on an email from one client spends a point of
 * that pair before the password is checked (atomically, so parallel guesses cannot slip past);
 * at the limit the pair is refused for the window. Failures on the email from every client only
 * make each attempt on it wait longer, so a stranger failing on someone's address slows them
 * down but never locks them out. Failures from one client over all emails have their own, looser
 * limit (offices share one address). Without a trusted proxy every client is the one unknown
 * client: its pair limit then holds per email, as before, and its client limit only slows
 * attempts down, since a refusal would let one person stop everybody's sign-in. A success clears
 * the pair's and the email's counters.
 */
export async function authorizeCredentials(input: {
  email: unknown;
  password: unknown;
  ip: string | null;
  userAgent?: string | null;
}): Promise<AuthorizeResult> {
  const parsed = credentialsSchema.safeParse({ email: input.email, password: input.password });
  if (!parsed.success) return { ok: false, error: { code: "CredentialsSignin" } };
  const { email, password } = parsed.data;

  const { byPair, byEmail, byClient } = signInLimiters();
  const emailKey = rateLimitKey(email);
  // With no trusted proxy every client is one unknown client: the pair limit then holds per email.
  const pairKey = signInPairKey(email, input.ip);
  const clientKey = rateLimitKey(input.ip ?? "unknown");

  const clientState = await byClient.get(clientKey);
  if (input.ip && clientState && clientState.consumedPoints >= byClient.points) return limited(clientState);

  let pairState: RateLimiterRes;
  try {
    pairState = await byPair.consume(pairKey);
  } catch (rejection) {
    if (isRateLimiterRes(rejection)) return limited(rejection);
    throw rejection;
  }

  const { SIGN_IN_EMAIL_FREE_FAILURES, SIGN_IN_EMAIL_MAX_DELAY_SECONDS } = env();
  const emailFailures = (await byEmail.get(emailKey))?.consumedPoints ?? 0;
  const delaySeconds = Math.max(
    signInDelaySeconds(emailFailures, { freeFailures: SIGN_IN_EMAIL_FREE_FAILURES, maxDelaySeconds: SIGN_IN_EMAIL_MAX_DELAY_SECONDS }),
    // All unknown clients are one: past its limit it slows everyone rather than refusing everyone.
    input.ip ? 0 : signInDelaySeconds(clientState?.consumedPoints ?? 0, { freeFailures: byClient.points, maxDelaySeconds: SIGN_IN_EMAIL_MAX_DELAY_SECONDS }),
  );
  if (delaySeconds > 0) await sleep(delaySeconds * 1000);

  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      status: true,
      sessionVersion: true,
      organisationId: true,
      passwordHash: true,
    },
  });
  const isValid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : (await verifyPassword(await timingDummyHash(), password), false);

  if (!user || !isValid) {
    await Promise.all([byEmail.penalty(emailKey), byClient.penalty(clientKey)]);
    // The attempt that used the pair's last point already gets the wait, not one more "wrong password".
    if (pairState.remainingPoints <= 0) return limited(pairState);
    return { ok: false, error: { code: "CredentialsSignin" } };
  }

  await Promise.all([byPair.delete(pairKey), byEmail.delete(emailKey)]);
  // Said only after the right password, so the message does not reveal the state of any account.
  if (user.status !== "ACTIVE") return { ok: false, error: { code: "AccountSuspended" } };

  const now = new Date();
  const sessionId = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now }, select: { id: true } });
    const id = await createUserSession(tx, { userId: user.id, ip: input.ip, userAgent: input.userAgent ?? null, now });
    await tx.auditLog.create({
      data: {
        actorId: user.id,
        action: "auth.sign-in",
        entityType: "User",
        entityId: user.id,
        organisationId: user.organisationId,
        ipAddress: input.ip,
        createdAt: now,
      },
      select: { id: true },
    });
    return id;
  });
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion, sessionId },
  };
}
