import "server-only";
import type { RateLimiterRes } from "rate-limiter-flexible";
import { credentialsSchema } from "@/lib/domain/auth/credentials.schema";
import type { SignInError } from "@/lib/domain/auth/sign-in-error";
import { db } from "@/lib/server/db";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import { isRateLimiterRes, rateLimitKey, secondsUntilReset, signInLimiters } from "@/lib/server/auth/rate-limit";

export type AuthorisedPrincipal = { id: string; email: string; name: string; sessionVersion: number };

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
 * Checks an email + password sign-in. Every attempt on an address spends a point before the
 * password is checked (atomically, so parallel guesses cannot slip past the limit); a success
 * gives the address a clean slate. Only failures count against the client IP, whose limit is
 * looser because offices share one address.
 */
export async function authorizeCredentials(input: {
  email: unknown;
  password: unknown;
  ip: string | null;
}): Promise<AuthorizeResult> {
  const parsed = credentialsSchema.safeParse({ email: input.email, password: input.password });
  if (!parsed.success) return { ok: false, error: { code: "CredentialsSignin" } };
  const { email, password } = parsed.data;

  const { byEmail, byIp } = signInLimiters();
  const emailKey = rateLimitKey(email);
  const ipKey = input.ip ? rateLimitKey(input.ip) : null;

  if (ipKey) {
    const ipState = await byIp.get(ipKey);
    if (ipState && ipState.consumedPoints >= byIp.points) return limited(ipState);
  }

  let emailState: RateLimiterRes;
  try {
    emailState = await byEmail.consume(emailKey);
  } catch (rejection) {
    if (isRateLimiterRes(rejection)) return limited(rejection);
    throw rejection;
  }

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
    if (ipKey) {
      await byIp.penalty(ipKey);
    }
    // The attempt that used the last point already gets the wait, not one more "wrong password".
    if (emailState.remainingPoints <= 0) return limited(emailState);
    return { ok: false, error: { code: "CredentialsSignin" } };
  }

  await byEmail.delete(emailKey);
  // Said only after the right password, so the message does not reveal the state of any account.
  if (user.status !== "ACTIVE") return { ok: false, error: { code: "AccountSuspended" } };

  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() }, select: { id: true } }),
    db.auditLog.create({
      data: {
        actorId: user.id,
        action: "auth.sign-in",
        entityType: "User",
        entityId: user.id,
        organisationId: user.organisationId,
        ipAddress: input.ip,
      },
      select: { id: true },
    }),
  ]);
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion },
  };
}
