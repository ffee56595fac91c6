import { PrismaPg } from "@prisma/adapter-pg";
import { decode } from "next-auth/jwt";
import { afterAll, describe, expect, test, vi } from "vitest";
import { parseSignInError } from "@/lib/domain/auth/sign-in-error";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createOfficial } from "@/lib/server/factories/create-official";
import { authConfigFromEnv } from "@/lib/server/auth/auth-config";
import { createAuthOptions } from "@/lib/server/auth/auth-options";
import { rateLimitKey, signInLimiters, signInPairKey } from "@/lib/server/auth/rate-limit";
import { signInWithCredentials } from "@/lib/server/auth/test-helpers";
import { db } from "@/lib/server/db";

// One trusted proxy, so the X-Forwarded-For the helper sends is the client's address, and a
// per-email delay that starts early and stays short so its tests stay quick.
vi.hoisted(() => {
  process.env.TRUSTED_PROXY_HOPS = "1";
  process.env.SIGN_IN_EMAIL_FREE_FAILURES = "3";
  process.env.SIGN_IN_EMAIL_MAX_DELAY_SECONDS = "1";
});

const PASSWORD = "Correct-Horse-9";
const factoryDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL, max: 2 }) });
const httpOptions = createAuthOptions({ ...authConfigFromEnv(), useSecureCookies: false });
const httpsOptions = createAuthOptions({ ...authConfigFromEnv(), useSecureCookies: true });

let counter = 0;
/** A fresh address per test: rate-limit counters live in the shared database. */
function uniqueEmail(label: string): string {
  counter += 1;
  return `${label}.${Date.now()}.${counter}@signin.test.kaushal.gov.in`;
}
function uniqueIp(): string {
  counter += 1;
  return `10.${(counter >> 8) & 255}.${counter & 255}.${Math.floor(Math.random() * 250) + 1}`;
}

async function official(label: string, status: "ACTIVE" | "SUSPENDED" = "ACTIVE") {
  return createOfficial(factoryDb, { email: uniqueEmail(label), password: PASSWORD, status });
}

afterAll(async () => {
  await signInLimiters().pool.end();
  await factoryDb.$disconnect();
  await db.$disconnect();
});

describe("credentials sign-in", () => {
  test("accepts the right password with a non-normalised email and issues a JWT carrying the session version and session id", async () => {
    const user = await official("ok");
    const before = Date.now();
    const ip = uniqueIp();
    const outcome = await signInWithCredentials(httpOptions, {
      email: `  ${user.email.toUpperCase()}  `,
      password: PASSWORD,
      ip,
      headers: { "user-agent": "Integration/1.0" },
    });
    expect(outcome.error).toBeNull();
    expect(outcome.sessionCookie?.name).toBe("next-auth.session-token");
    const payload = await decode({ token: outcome.sessionCookie?.value, secret: env().NEXTAUTH_SECRET });
    expect(payload?.sub).toBe(user.id);
    expect(payload?.sv).toBe(user.sessionVersion);
    // The cookie names a server-side session row, opened now for this client.
    const session = await db.userSession.findUniqueOrThrow({ where: { id: String(payload?.sid) } });
    expect(session).toMatchObject({ userId: user.id, ip, userAgent: "Integration/1.0", revokedAt: null });
    expect(session.expiresAt.getTime() - session.createdAt.getTime()).toBe(env().SESSION_ABSOLUTE_TIMEOUT_SECONDS * 1000);
    // Roles are never put in the token.
    expect(JSON.stringify(payload)).not.toContain("LEARNER");

    const after = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { lastSignInAt: true } });
    expect(after.lastSignInAt?.getTime()).toBeGreaterThanOrEqual(before - 1000);
    const audit = await db.auditLog.findMany({ where: { actorId: user.id, action: "auth.sign-in" }, select: { ipAddress: true } });
    expect(audit).toEqual([{ ipAddress: ip }]);
  });

  test("session cookie is HttpOnly and SameSite=Lax, lasting the configured maxAge", async () => {
    const user = await official("cookie");
    const { sessionCookie } = await signInWithCredentials(httpOptions, { email: user.email, password: PASSWORD });
    expect(sessionCookie?.attributes.get("httponly")).toBe(true);
    expect(sessionCookie?.attributes.get("samesite")).toBe("Lax");
    expect(sessionCookie?.attributes.get("path")).toBe("/");
    expect(sessionCookie?.attributes.has("secure")).toBe(false);
    const expires = new Date(String(sessionCookie?.attributes.get("expires"))).getTime();
    const expected = Date.now() + env().SESSION_ABSOLUTE_TIMEOUT_SECONDS * 1000;
    expect(Math.abs(expires - expected)).toBeLessThan(60_000);
  });

  test("on https the session cookie is Secure with the __Host- prefix (no Domain, Path=/)", async () => {
    const user = await official("secure");
    const outcome = await signInWithCredentials(httpsOptions, { email: user.email, password: PASSWORD });
    expect(outcome.error).toBeNull();
    expect(outcome.sessionCookie?.name).toBe("__Host-next-auth.session-token");
    expect(outcome.sessionCookie?.attributes.has("domain")).toBe(false);
    expect(outcome.sessionCookie?.attributes.get("path")).toBe("/");
    expect(outcome.sessionCookie?.attributes.get("secure")).toBe(true);
    expect(outcome.sessionCookie?.attributes.get("httponly")).toBe(true);
    expect(outcome.sessionCookie?.attributes.get("samesite")).toBe("Lax");
    expect(outcome.cookies.map((cookie) => cookie.name)).toContain("__Secure-next-auth.callback-url");
  });

  test.each([
    ["wrong password", "ok", "Wrong-Password-1"],
    ["unknown email", "nobody", PASSWORD],
  ])("refuses a %s with the generic CredentialsSignin code and no session", async (_case, label, password) => {
    const email = label === "nobody" ? uniqueEmail("nobody") : (await official(label)).email;
    const outcome = await signInWithCredentials(httpOptions, { email, password, ip: uniqueIp() });
    expect(outcome.error).toBe("CredentialsSignin");
    expect(outcome.sessionCookie).toBeUndefined();
  });

  // Regression: an unparsable callbackUrl made next-auth answer 500, refusing the right password.
  test.each(["garbage", "http://[", "https://evil.example/admin"])("signs in with callbackUrl %j and lands on the home page", async (callbackUrl) => {
    const user = await official("callback");
    const outcome = await signInWithCredentials(httpOptions, { email: user.email, password: PASSWORD, callbackUrl });
    expect(outcome.error).toBeNull();
    expect(outcome.sessionCookie).toBeDefined();
    expect(outcome.url).toBe("http://localhost:3000/");
  });

  test("a suspended official with the right password is told they are suspended, not that the password is wrong", async () => {
    const user = await official("suspended", "SUSPENDED");
    const right = await signInWithCredentials(httpOptions, { email: user.email, password: PASSWORD });
    expect(right.error).toBe("AccountSuspended");
    expect(right.sessionCookie).toBeUndefined();
    // With a wrong password nothing about the account is revealed.
    const wrong = await signInWithCredentials(httpOptions, { email: user.email, password: "nope" });
    expect(wrong.error).toBe("CredentialsSignin");
  });
});

describe("sign-in throttling", () => {
  const max = () => env().SIGN_IN_MAX_ATTEMPTS;

  // Regression: five wrong passwords from anyone locked the official out for 15 minutes, even
  // with the right password.
  test("a stranger failing many times on an email does not stop its owner signing in from their own address", async () => {
    const user = await official("victim");
    const stranger = uniqueIp();
    for (let i = 0; i < max() + 3; i++) {
      await signInWithCredentials(httpOptions, { email: user.email, password: `guess-${i}`, ip: stranger });
    }
    const owner = await signInWithCredentials(httpOptions, { email: user.email, password: PASSWORD, ip: uniqueIp() });
    expect(owner.error).toBeNull();
    expect(owner.sessionCookie).toBeDefined();
  });

  test("failures from many clients slow attempts on the email down but never refuse the right password", async () => {
    const user = await official("spread");
    const failures = env().SIGN_IN_EMAIL_FREE_FAILURES + 3;
    for (let i = 0; i < failures; i++) {
      const outcome = await signInWithCredentials(httpOptions, { email: user.email, password: `guess-${i}`, ip: uniqueIp() });
      expect(outcome.error).toBe("CredentialsSignin");
    }
    const row = await db.rateLimit.findUniqueOrThrow({ where: { key: `signin_email:${rateLimitKey(user.email)}` } });
    expect(row.points).toBe(failures);
    expect((await signInWithCredentials(httpOptions, { email: user.email, password: PASSWORD, ip: uniqueIp() })).error).toBeNull();
    // A success clears the email's failures.
    expect(await db.rateLimit.count({ where: { key: `signin_email:${rateLimitKey(user.email)}` } })).toBe(0);
  });

  test("one client guessing is stopped after SIGN_IN_MAX_ATTEMPTS and told how long to wait, even with the right password", async () => {
    const user = await official("limited");
    const ip = uniqueIp();
    const errors: (string | null)[] = [];
    for (let i = 0; i < max(); i++) {
      errors.push((await signInWithCredentials(httpOptions, { email: user.email, password: `bad-${i}`, ip })).error);
    }
    expect(errors.slice(0, -1).every((error) => error === "CredentialsSignin")).toBe(true);
    expect(parseSignInError(errors.at(-1))?.code).toBe("RateLimited");

    const blocked = await signInWithCredentials(httpOptions, { email: user.email, password: PASSWORD, ip });
    const parsed = parseSignInError(blocked.error);
    expect(parsed).toMatchObject({ code: "RateLimited" });
    const wait = parsed?.code === "RateLimited" ? parsed.retryAfterSeconds : 0;
    expect(wait).toBeGreaterThan(env().SIGN_IN_WINDOW_SECONDS - 30);
    expect(wait).toBeLessThanOrEqual(env().SIGN_IN_WINDOW_SECONDS);
    expect(blocked.sessionCookie).toBeUndefined();

    // The email case does not open a second counter.
    const shouting = await signInWithCredentials(httpOptions, { email: user.email.toUpperCase(), password: PASSWORD, ip });
    expect(parseSignInError(shouting.error)?.code).toBe("RateLimited");
  });

  test("counters live in PostgreSQL's rate_limits table, keyed without the address", async () => {
    const user = await official("stored");
    const ip = uniqueIp();
    await signInWithCredentials(httpOptions, { email: user.email, password: "bad", ip });
    const rows = await db.rateLimit.findMany({
      where: { key: { in: [`signin_email:${rateLimitKey(user.email)}`, `signin_pair:${signInPairKey(user.email, ip)}`, `signin_ip:${rateLimitKey(ip)}`] } },
    });
    expect(rows.map((row) => row.points)).toEqual([1, 1, 1]);
    expect(await db.rateLimit.count({ where: { key: { contains: user.email } } })).toBe(0);
  });

  test("a successful sign-in resets the client's counter for the address", async () => {
    const user = await official("reset");
    for (let i = 0; i < max() - 1; i++) {
      await signInWithCredentials(httpOptions, { email: user.email, password: "bad" });
    }
    expect((await signInWithCredentials(httpOptions, { email: user.email, password: PASSWORD })).error).toBeNull();
    for (let i = 0; i < max() - 1; i++) {
      const outcome = await signInWithCredentials(httpOptions, { email: user.email, password: "bad" });
      expect(outcome.error).toBe("CredentialsSignin");
    }
    expect((await signInWithCredentials(httpOptions, { email: user.email, password: PASSWORD })).error).toBeNull();
  });

  test("parallel guesses from one client cannot exceed its limit", async () => {
    const user = await official("parallel");
    const ip = uniqueIp();
    const outcomes = await Promise.all(
      Array.from({ length: max() * 2 }, () => signInWithCredentials(httpOptions, { email: user.email, password: "bad", ip })),
    );
    const limited = outcomes.filter((outcome) => parseSignInError(outcome.error)?.code === "RateLimited");
    // Exactly `max` attempts may have their password checked; the rest are refused outright.
    expect(limited.length).toBeGreaterThanOrEqual(max());
    const row = await db.rateLimit.findUniqueOrThrow({ where: { key: `signin_pair:${signInPairKey(user.email, ip)}` } });
    expect(row.points).toBe(max() * 2);
  });

  test("limits failures per client IP across many addresses, without affecting other IPs", async () => {
    const ip = uniqueIp();
    const ipMax = env().SIGN_IN_IP_MAX_ATTEMPTS;
    for (let i = 0; i < ipMax; i++) {
      await signInWithCredentials(httpOptions, { email: uniqueEmail("spray"), password: "bad", ip });
    }
    const user = await official("same-ip");
    const fromSameIp = await signInWithCredentials(httpOptions, { email: user.email, password: PASSWORD, ip });
    expect(parseSignInError(fromSameIp.error)?.code).toBe("RateLimited");
    const fromOtherIp = await signInWithCredentials(httpOptions, { email: user.email, password: PASSWORD, ip: uniqueIp() });
    expect(fromOtherIp.error).toBeNull();
  });

  // Behind one trusted proxy the client may still write anything left of the address it appends.
  test("a client rotating X-Forwarded-For stays one client: only the address our proxy appended counts", async () => {
    const ip = uniqueIp();
    const ipMax = env().SIGN_IN_IP_MAX_ATTEMPTS;
    for (let i = 0; i < ipMax; i++) {
      await signInWithCredentials(httpOptions, { email: uniqueEmail("rotate"), password: "bad", headers: { "x-forwarded-for": `${uniqueIp()}, ${ip}` } });
    }
    const user = await official("rotating");
    const forged = await signInWithCredentials(httpOptions, { email: user.email, password: PASSWORD, headers: { "x-forwarded-for": `${uniqueIp()}, ${ip}` } });
    expect(parseSignInError(forged.error)?.code).toBe("RateLimited");

    const elsewhere = uniqueIp();
    const signedIn = await signInWithCredentials(httpOptions, { email: user.email, password: PASSWORD, headers: { "x-forwarded-for": `6.6.6.6, ${elsewhere}` } });
    expect(signedIn.error).toBeNull();
    const audit = await db.auditLog.findMany({ where: { actorId: user.id, action: "auth.sign-in" }, select: { ipAddress: true } });
    expect(audit).toEqual([{ ipAddress: elsewhere }]);
  });
});
