import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { parseAuditFilters } from "@/lib/domain/audit/audit-query";
import type { CurrentUser } from "@/lib/domain/roles";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createOrganisation } from "@/lib/server/factories/create-organisation";
import { AUDIT_PAGE_SIZE, iterateAuditLog, listAuditLog } from "./list-audit-log";

// The audit page reads only the admin's subtree, filters in the database and pages by keyset
// without skipping or repeating rows that share a timestamp; the rows themselves can be neither
// edited nor deleted, by the app or by anyone with a connection.
const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });
afterAll(() => fixtureDb.$disconnect());

const T0 = new Date("2026-11-20T06:00:00Z");

let ministryId = "";
let actorId = "";
let admin: CurrentUser;
let otherAdmin: CurrentUser;

function mdoAdmin(id: string, organisationId: string): CurrentUser {
  return { id, name: "Admin", email: `${id}@test.gov.in`, organisationId, preferredLanguage: "EN", grants: [{ role: "MDO_ADMIN", organisationId, providerId: null }] };
}

const none = parseAuditFilters({});

beforeAll(async () => {
  const ministry = await createOrganisation(fixtureDb, { name: "Ministry of Audits" });
  const department = await createOrganisation(fixtureDb, { name: "Department of Audits", parentId: ministry.id, kind: "DEPARTMENT" });
  const elsewhere = await createOrganisation(fixtureDb, { name: "Ministry Elsewhere (audit)" });
  ministryId = ministry.id;
  const actor = await createOfficial(fixtureDb, { name: "Meera Auditor", organisationId: ministry.id });
  actorId = actor.id;
  admin = mdoAdmin((await createOfficial(fixtureDb, { organisationId: ministry.id })).id, ministry.id);
  otherAdmin = mdoAdmin((await createOfficial(fixtureDb, { organisationId: elsewhere.id })).id, elsewhere.id);
  // 120 rows in the department, a third of them sharing one instant, and a few elsewhere.
  await fixtureDb.auditLog.createMany({
    data: Array.from({ length: 120 }, (_, index) => ({
      actorId: actor.id,
      action: index % 2 === 0 ? "plan.item_added" : "official.updated",
      entityType: index % 2 === 0 ? "CapacityBuildingPlan" : "User",
      entityId: `obj-${index}`,
      organisationId: department.id,
      ipAddress: "10.0.0.9",
      details: { index },
      createdAt: index < 40 ? T0 : new Date(T0.getTime() + index * 3_600_000),
    })),
  });
  await fixtureDb.auditLog.createMany({
    data: Array.from({ length: 5 }, (_, index) => ({ actorId: otherAdmin.id, action: "plan.created", entityType: "CapacityBuildingPlan", entityId: `far-${index}`, organisationId: elsewhere.id, createdAt: T0 })),
  });
});

describe("the audit trail", () => {
  test("an admin pages through their subtree's rows by keyset, newest first, none skipped or repeated", async () => {
    const seen: string[] = [];
    let cursor = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof listAuditLog>> = await listAuditLog(admin, { filters: parseAuditFilters({ actor: "meera" }), cursor });
      expect(page.rows.length).toBeLessThanOrEqual(AUDIT_PAGE_SIZE);
      seen.push(...page.rows.map((row) => row.entityId));
      cursor = page.next;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
    expect(seen[0]).toBe("obj-119");

    const theirs = await listAuditLog(otherAdmin, { filters: none, cursor: null });
    expect(theirs.rows.map((row) => row.entityId).sort()).toEqual(["far-0", "far-1", "far-2", "far-3", "far-4"]);
    expect(theirs.rows.every((row) => !row.entityId.startsWith("obj-"))).toBe(true);
  });

  test("filters by action (exact or family), object, id and IST dates", async () => {
    const count = async (params: Record<string, string>) => {
      let total = 0;
      for await (const batch of iterateAuditLog(admin, { ...parseAuditFilters(params) }, 17)) total += batch.filter((row) => row.entityId.startsWith("obj-")).length;
      return total;
    };
    expect(await count({ action: "plan.item_added" })).toBe(60);
    expect(await count({ action: "official." })).toBe(60);
    expect(await count({ object: "User" })).toBe(60);
    expect(await count({ object: "User", id: "obj-7" })).toBe(1);
    // T0 is 11:30 IST on 20 November; rows 40… follow at T0 + 40 h, 41 h… (22 November onwards).
    expect(await count({ from: "2026-11-20", to: "2026-11-20" })).toBe(40);
    // The end of 22 November IST is T0 + 60.5 h: rows 40 to 60.
    expect(await count({ from: "2026-11-20", to: "2026-11-22" })).toBe(61);
    expect(await count({ from: "2026-11-23" })).toBe(120 - 61);
    expect(await count({ actor: "nobody-like-this" })).toBe(0);
    const [row] = (await listAuditLog(admin, { filters: parseAuditFilters({ id: "obj-3" }), cursor: null })).rows;
    expect(row).toMatchObject({ actorName: "Meera Auditor", action: "official.updated", ipAddress: "10.0.0.9", details: '{"index":3}', organisationName: "Department of Audits" });
  });

  test("audit rows cannot be changed or deleted", async () => {
    const row = await fixtureDb.auditLog.findFirstOrThrow({ where: { actorId } });
    await expect(fixtureDb.auditLog.update({ where: { id: row.id }, data: { action: "tampered" } })).rejects.toThrow(/append-only/);
    await expect(fixtureDb.auditLog.updateMany({ where: { actorId }, data: { ipAddress: null } })).rejects.toThrow(/append-only/);
    await expect(fixtureDb.auditLog.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    await expect(fixtureDb.$executeRawUnsafe(`DELETE FROM "AuditLog" WHERE "id" = ${row.id}`)).rejects.toThrow(/append-only/);
    // The actor cannot be deleted from under their audit rows either.
    await expect(fixtureDb.user.delete({ where: { id: actorId } })).rejects.toThrow();
    expect(await fixtureDb.auditLog.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
    expect(await fixtureDb.auditLog.count({ where: { organisation: { ancestors: { some: { ancestorId: ministryId } } } } })).toBe(120);
  });
});
