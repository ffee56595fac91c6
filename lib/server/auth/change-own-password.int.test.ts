import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, expect, test } from "vitest";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { changeOwnPassword } from "@/lib/server/auth/change-own-password";
import { loadSession } from "@/lib/server/auth/load-session-user";
import { verifyPassword } from "@/lib/server/auth/password";
import { signInLimiters } from "@/lib/server/auth/rate-limit";
import { createUserSession } from "@/lib/server/auth/user-sessions";
import { db } from "@/lib/server/db";
import { createOfficial } from "@/lib/server/factories/create-official";

const factoryDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL, max: 2 }) });
const ONE_TIME = "One-Time-Pass-42";

afterAll(async () => {
  await signInLimiters().pool.end();
  await factoryDb.$disconnect();
  await db.$disconnect();
});

async function officialWithOneTimePassword() {
  const user = await createOfficial(factoryDb, { password: ONE_TIME });
  await db.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
  const open = (ip: string | null) => createUserSession(db, { userId: user.id, ip, userAgent: null });
  return { user, here: await open("203.0.113.1"), elsewhere: await open("203.0.113.2") };
}

const claims = (user: { id: string; sessionVersion: number }, sessionId: string) => ({ userId: user.id, sessionVersion: user.sessionVersion, sessionId });

test("choosing a password clears the one-time flag and ends the official's other sessions, keeping this one", async () => {
  const { user, here, elsewhere } = await officialWithOneTimePassword();
  expect(await loadSession(claims(user, here))).toMatchObject({ mustChangePassword: true });

  const result = await changeOwnPassword({ userId: user.id, sessionId: here, ip: "203.0.113.1" }, { currentPassword: ONE_TIME, password: "My-Own-Password-7" });
  expect(result).toEqual({ status: "CHANGED", otherSessionsEnded: 1 });

  expect(await loadSession(claims(user, here))).toMatchObject({ mustChangePassword: false, user: { id: user.id } });
  expect(await loadSession(claims(user, elsewhere))).toBeNull();
  const saved = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true, mustChangePassword: true } });
  expect(saved.mustChangePassword).toBe(false);
  expect(await verifyPassword(saved.passwordHash ?? "", "My-Own-Password-7")).toBe(true);
  expect(await db.auditLog.findMany({ where: { entityId: user.id, action: "auth.password_changed" }, select: { ipAddress: true, details: true } })).toEqual([
    { ipAddress: "203.0.113.1", details: { otherSessionsEnded: 1 } },
  ]);
});

test("a wrong current password changes nothing", async () => {
  const { user, here, elsewhere } = await officialWithOneTimePassword();
  expect(await changeOwnPassword({ userId: user.id, sessionId: here, ip: null }, { currentPassword: "not-it", password: "My-Own-Password-7" })).toEqual({ status: "WRONG_PASSWORD" });
  expect(await loadSession(claims(user, elsewhere))).toMatchObject({ mustChangePassword: true });
});

test("of two changes at once only one applies", async () => {
  const { user, here } = await officialWithOneTimePassword();
  const results = await Promise.all(
    ["First-Password-11", "Second-Password-22"].map((password) => changeOwnPassword({ userId: user.id, sessionId: here, ip: null }, { currentPassword: ONE_TIME, password })),
  );
  expect(results.map((result) => result.status).sort()).toEqual(["CHANGED", "CONFLICT"]);
});
