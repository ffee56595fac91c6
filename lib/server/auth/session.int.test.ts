import { PrismaPg } from "@prisma/adapter-pg";
import { decode, encode } from "next-auth/jwt";
import { z } from "zod";
import { ok } from "@/lib/domain/action-result";
import { afterAll, beforeEach, describe, expect, test, vi } from "vitest";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createOrganisation } from "@/lib/server/factories/create-organisation";
import { authConfigFromEnv } from "@/lib/server/auth/auth-config";
import { createAuthOptions } from "@/lib/server/auth/auth-options";
import { invalidateSessions } from "@/lib/server/auth/invalidate-sessions";
import { signInLimiters } from "@/lib/server/auth/rate-limit";
import { createAuthorisedAction } from "@/lib/server/auth/authorised-action";
import { getCurrentUser, getSignedInSession, requirePermission, requireUser } from "@/lib/server/auth/session";
import { callNextAuth, signInWithCredentials, signOutWithCookie } from "@/lib/server/auth/test-helpers";
import { createUserSession, revokeUserSessions } from "@/lib/server/auth/user-sessions";
import { db } from "@/lib/server/db";

// The request the code under test sees: the cookies a browser would send and the path header
// proxy.ts sets.
const request = vi.hoisted(() => ({
  cookies: [] as { name: string; value: string }[],
  headers: new Headers(),
}));
vi.mock("next/headers", () => ({
  cookies: async () => ({ getAll: () => request.cookies }),
  headers: async () => request.headers,
}));

// forbidden() refuses to run unless Next's authInterrupts flag is on, as next.config.js sets it.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const PASSWORD = "Session-Test-7";
const factoryDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL, max: 2 }) });
const options = createAuthOptions({ ...authConfigFromEnv(), useSecureCookies: false });

async function signedInOfficial(roles?: NonNullable<Parameters<typeof createOfficial>[1]>["roles"]) {
  const user = await createOfficial(factoryDb, { password: PASSWORD, ...(roles && { roles }) });
  const { sessionCookie, error } = await signInWithCredentials(options, { email: user.email, password: PASSWORD });
  if (!sessionCookie) throw new Error(`sign-in failed: ${error}`);
  request.cookies = [{ name: sessionCookie.name, value: sessionCookie.value }];
  return user;
}

async function currentSessionId(): Promise<string> {
  const payload = await decode({ token: request.cookies[0]?.value, secret: env().NEXTAUTH_SECRET });
  return String(payload?.sid);
}

async function thrownBy(run: () => Promise<unknown>): Promise<{ digest?: string }> {
  try {
    await run();
  } catch (error) {
    return error as { digest?: string };
  }
  throw new Error("expected it to throw");
}

beforeEach(() => {
  request.cookies = [];
  request.headers = new Headers();
});

afterAll(async () => {
  await signInLimiters().pool.end();
  await factoryDb.$disconnect();
  await db.$disconnect();
});

describe("getCurrentUser", () => {
  test("is null without a session cookie", async () => {
    expect(await getCurrentUser()).toBeNull();
  });

  test("returns the official with grants read from the database", async () => {
    const org = await createOrganisation(factoryDb);
    const user = await signedInOfficial([{ role: "LEARNER" }, { role: "MDO_ADMIN", organisationId: org.id }]);
    const current = await getCurrentUser();
    expect(current).toMatchObject({ id: user.id, email: user.email, name: user.name, preferredLanguage: "EN" });
    expect(current?.grants).toEqual([
      { role: "LEARNER", organisationId: null, providerId: null },
      { role: "MDO_ADMIN", organisationId: org.id, providerId: null },
    ]);
  });

  test("sees a role granted after sign-in on the next request (roles are not taken from the JWT)", async () => {
    const user = await signedInOfficial();
    expect((await getCurrentUser())?.grants.map((grant) => grant.role)).toEqual(["LEARNER"]);
    await db.userRole.create({ data: { userId: user.id, role: "CBC_ANALYST" } });
    expect((await getCurrentUser())?.grants.map((grant) => grant.role)).toEqual(["LEARNER", "CBC_ANALYST"]);
  });

  test("signs the official out on the next request after invalidateSessions", async () => {
    const user = await signedInOfficial();
    expect((await getCurrentUser())?.id).toBe(user.id);
    await invalidateSessions(user.id);
    expect(await getCurrentUser()).toBeNull();
    // Signing in again yields a session under the new version.
    await signInWithCredentials(options, { email: user.email, password: PASSWORD }).then(({ sessionCookie }) => {
      request.cookies = sessionCookie ? [{ name: sessionCookie.name, value: sessionCookie.value }] : [];
    });
    expect((await getCurrentUser())?.id).toBe(user.id);
  });

  test("signs a suspended official out on the next request, even before their version is bumped", async () => {
    const user = await signedInOfficial();
    await db.user.update({ where: { id: user.id }, data: { status: "SUSPENDED" } });
    expect(await getCurrentUser()).toBeNull();
  });

  test("invalidateSessions works inside the caller's transaction", async () => {
    const user = await signedInOfficial();
    await db.$transaction(async (tx) => {
      await tx.userRole.deleteMany({ where: { userId: user.id } });
      await invalidateSessions(user.id, tx);
    });
    expect(await getCurrentUser()).toBeNull();
  });

  test.each([
    ["a tampered token", async (value: string) => `${value.slice(0, -4)}AAAA`],
    ["a token from another secret", async () => encode({ token: { sub: "x", sv: 0 }, secret: "another-secret-0123456789-abcdefghij" })],
    [
      "an expired token",
      async () => encode({ token: { sub: (await factoryDb.user.findFirstOrThrow()).id, sv: 0 }, secret: env().NEXTAUTH_SECRET, maxAge: -120 }),
    ],
    ["a token without a session version", async () => encode({ token: { sub: (await factoryDb.user.findFirstOrThrow()).id }, secret: env().NEXTAUTH_SECRET })],
    ["a non-uuid subject", async () => encode({ token: { sub: "1 OR 1=1", sv: 0 }, secret: env().NEXTAUTH_SECRET })],
    [
      "a valid token without a server-side session",
      async (value: string) => {
        const payload = await decode({ token: value, secret: env().NEXTAUTH_SECRET });
        return encode({ token: { sub: payload?.sub, sv: payload?.sv }, secret: env().NEXTAUTH_SECRET });
      },
    ],
    [
      "a valid token naming another official's session",
      async (value: string) => {
        const other = await signInWithCredentials(options, { email: (await createOfficial(factoryDb, { password: PASSWORD })).email, password: PASSWORD });
        const mine = await decode({ token: value, secret: env().NEXTAUTH_SECRET });
        const theirs = await decode({ token: other.sessionCookie?.value, secret: env().NEXTAUTH_SECRET });
        return encode({ token: { sub: mine?.sub, sv: mine?.sv, sid: theirs?.sid }, secret: env().NEXTAUTH_SECRET });
      },
    ],
  ])("treats %s as signed out", async (_case, forge) => {
    await signedInOfficial();
    const [cookie] = request.cookies;
    request.cookies = [{ name: "next-auth.session-token", value: await forge(cookie?.value ?? "") }];
    expect(await getCurrentUser()).toBeNull();
  });

  test("ignores a session cookie under the https name when the app runs on http", async () => {
    await signedInOfficial();
    request.cookies = request.cookies.map((cookie) => ({ ...cookie, name: `__Host-${cookie.name}` }));
    expect(await getCurrentUser()).toBeNull();
  });
});

describe("server-side sessions", () => {
  // Regression: signing out only cleared the cookie in that browser; a copy of it went on working
  // for up to 8 hours, server actions included.
  test("sign-out ends the session on the server: the replayed cookie is refused by pages, actions and next-auth's session endpoint", async () => {
    const user = await signedInOfficial();
    const [cookie] = request.cookies;
    if (!cookie) throw new Error("no session cookie");
    expect((await getCurrentUser())?.id).toBe(user.id);

    const signOut = await signOutWithCookie(options, cookie);
    expect(signOut.cookies.find((set) => set.name === cookie.name)?.value).toBe("");

    request.cookies = [cookie];
    expect(await getCurrentUser()).toBeNull();
    const page = await thrownBy(() => requireUser("/learn"));
    expect(page.digest?.split(";")[2]).toBe("/sign-in?callbackUrl=%2Flearn");
    const calls: unknown[] = [];
    const action = createAuthorisedAction(getCurrentUser)("learning:own", z.object({}), async () => {
      calls.push(1);
      return ok();
    });
    expect(await action({})).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(calls).toHaveLength(0);
    const session = await callNextAuth(options, { path: ["session"], cookies: { [cookie.name]: cookie.value } });
    expect(session.json).not.toHaveProperty("user");
  });

  test("signing out in one browser leaves the official's other sessions alone", async () => {
    const user = await signedInOfficial();
    const [first] = request.cookies;
    const second = await signInWithCredentials(options, { email: user.email, password: PASSWORD });
    if (!first || !second.sessionCookie) throw new Error("no session cookie");
    await signOutWithCookie(options, first);
    expect(await getCurrentUser()).toBeNull();
    request.cookies = [second.sessionCookie];
    expect((await getCurrentUser())?.id).toBe(user.id);
  });

  test("a session idle for SESSION_IDLE_TIMEOUT_SECONDS has ended", async () => {
    await signedInOfficial();
    const id = await currentSessionId();
    const idle = env().SESSION_IDLE_TIMEOUT_SECONDS * 1000;
    await db.userSession.update({ where: { id }, data: { lastSeenAt: new Date(Date.now() - idle + 60_000) } });
    expect(await getCurrentUser()).not.toBeNull();
    await db.userSession.update({ where: { id }, data: { lastSeenAt: new Date(Date.now() - idle - 1000) } });
    expect(await getCurrentUser()).toBeNull();
  });

  test("a session past its absolute end has ended however active it was", async () => {
    await signedInOfficial();
    const id = await currentSessionId();
    await db.userSession.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getCurrentUser()).toBeNull();
  });

  test("each request keeps the session alive, writing lastSeenAt at most once a minute", async () => {
    await signedInOfficial();
    const id = await currentSessionId();
    const recently = new Date(Date.now() - 20_000);
    await db.userSession.update({ where: { id }, data: { lastSeenAt: recently } });
    await getCurrentUser();
    expect((await db.userSession.findUniqueOrThrow({ where: { id } })).lastSeenAt).toEqual(recently);
    const before = Date.now();
    await db.userSession.update({ where: { id }, data: { lastSeenAt: new Date(before - 5 * 60_000) } });
    await getCurrentUser();
    expect((await db.userSession.findUniqueOrThrow({ where: { id } })).lastSeenAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  test("a sign-in drops the official's sessions that ended more than 30 days ago, and keeps recent ones", async () => {
    const user = await signedInOfficial();
    const id = await currentSessionId();
    const day = 24 * 60 * 60 * 1000;
    await db.userSession.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 31 * day) } });
    const recent = await createUserSession(db, { userId: user.id, ip: null, userAgent: null });
    await db.userSession.update({ where: { id: recent }, data: { expiresAt: new Date(Date.now() - day) } });
    await signInWithCredentials(options, { email: user.email, password: PASSWORD });
    const left = await db.userSession.findMany({ where: { userId: user.id }, select: { id: true } });
    expect(left.map((row) => row.id)).not.toContain(id);
    expect(left.map((row) => row.id)).toContain(recent);
    expect(left).toHaveLength(2);
  });

  test("revoking the other sessions keeps the current one", async () => {
    const user = await signedInOfficial();
    const current = await currentSessionId();
    const other = await signInWithCredentials(options, { email: user.email, password: PASSWORD });
    expect(await revokeUserSessions(user.id, { exceptSessionId: current })).toBe(1);
    expect((await getCurrentUser())?.id).toBe(user.id);
    request.cookies = other.sessionCookie ? [other.sessionCookie] : [];
    expect(await getCurrentUser()).toBeNull();
  });

  // Regression: with no proxy in front, X-Forwarded-For is whatever the client wrote, and it went
  // into the audit log as the client's address.
  test("without a trusted proxy a forged X-Forwarded-For is neither trusted nor recorded", async () => {
    const user = await createOfficial(factoryDb, { password: PASSWORD });
    const outcome = await signInWithCredentials(options, { email: user.email, password: PASSWORD, ip: "6.6.6.6" });
    expect(outcome.error).toBeNull();
    const audit = await db.auditLog.findMany({ where: { actorId: user.id, action: "auth.sign-in" }, select: { ipAddress: true } });
    expect(audit).toEqual([{ ipAddress: null }]);
    expect(await db.userSession.findMany({ where: { userId: user.id }, select: { ip: true } })).toEqual([{ ip: null }]);
  });

  test("an official who must change their password is sent to the change-password page, and actions refuse them", async () => {
    const user = await signedInOfficial();
    await db.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
    expect(await getCurrentUser()).toBeNull();
    expect(await getSignedInSession()).toMatchObject({ mustChangePassword: true, user: { id: user.id } });
    const page = await thrownBy(() => requirePermission("learning:own", "/learn"));
    expect(page.digest?.split(";")[2]).toBe("/account/password");
  });
});

describe("requireUser and requirePermission", () => {
  test("requireUser redirects a signed-out visitor to sign-in with the path proxy.ts recorded", async () => {
    request.headers.set("x-kaushal-path", "/admin/officials?page=2");
    const error = await thrownBy(() => requireUser());
    expect(error.digest?.split(";")[2]).toBe(`/sign-in?callbackUrl=${encodeURIComponent("/admin/officials?page=2")}`);
  });

  test("an explicit callbackUrl wins, and an outside one is dropped", async () => {
    const explicit = await thrownBy(() => requireUser("/learn/courses"));
    expect(explicit.digest?.split(";")[2]).toBe("/sign-in?callbackUrl=%2Flearn%2Fcourses");
    request.headers.set("x-kaushal-path", "//evil.example/phish");
    const outside = await thrownBy(() => requireUser());
    expect(outside.digest?.split(";")[2]).toBe("/sign-in");
  });

  test("requireUser returns the official when signed in", async () => {
    const user = await signedInOfficial();
    expect((await requireUser()).id).toBe(user.id);
  });

  test("requirePermission gives 403 to a signed-in official without the permission", async () => {
    await signedInOfficial([{ role: "LEARNER" }]);
    const error = await thrownBy(() => requirePermission("org:officials:manage"));
    expect(error.digest).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
    expect((await requirePermission("learning:own")).grants).toHaveLength(1);
  });

  test("requirePermission sends a signed-out visitor to sign-in, not to 403", async () => {
    const error = await thrownBy(() => requirePermission("learning:own", "/learn"));
    expect(error.digest).toMatch(/^NEXT_REDIRECT;/);
  });

  test("a suspended admin loses admin pages on the next request", async () => {
    const org = await createOrganisation(factoryDb);
    const admin = await signedInOfficial([{ role: "MDO_ADMIN", organisationId: org.id }]);
    expect((await requirePermission("org:officials:manage")).id).toBe(admin.id);
    await db.user.update({ where: { id: admin.id }, data: { status: "SUSPENDED" } });
    const error = await thrownBy(() => requirePermission("org:officials:manage", "/admin"));
    expect(error.digest?.split(";")[2]).toBe("/sign-in?callbackUrl=%2Fadmin");
  });
});
