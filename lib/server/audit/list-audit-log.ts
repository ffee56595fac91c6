import "server-only";
import { auditDateRange, type AuditCursor, type AuditFilters } from "@/lib/domain/audit/audit-query";
import type { CurrentUser } from "@/lib/domain/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hasWholeGovernmentScope, organisationWhereInScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";

export const AUDIT_PAGE_SIZE = 50;

export type AuditRow = {
  id: bigint;
  createdAt: Date;
  actorName: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string;
  organisationName: string | null;
  ipAddress: string | null;
  details: string;
};

/**
 * The audit trail the user may read: rows about organisations of their subtree (a super admin
 * reads everything, including rows tied to no organisation, such as sign-ins). Filters come from
 * lib/domain/audit/audit-query.ts, already validated.
 */
export function auditWhere(user: Pick<CurrentUser, "grants">, filters: AuditFilters): Prisma.AuditLogWhereInput {
  const and: Prisma.AuditLogWhereInput[] = [];
  if (!hasWholeGovernmentScope(user, "manage")) and.push({ organisation: organisationWhereInScope(user, "read") });
  if (filters.actor) {
    and.push({ actor: { OR: [{ name: { contains: filters.actor, mode: "insensitive" } }, { email: { contains: filters.actor.toLowerCase() } }] } });
  }
  if (filters.action) and.push({ action: filters.action.endsWith(".") ? { startsWith: filters.action } : filters.action });
  if (filters.entityType) and.push({ entityType: filters.entityType });
  if (filters.entityId) and.push({ entityId: filters.entityId });
  const range = auditDateRange(filters);
  if (range.gte || range.lt) and.push({ createdAt: range });
  return { AND: and };
}

const select = {
  id: true,
  createdAt: true,
  action: true,
  entityType: true,
  entityId: true,
  ipAddress: true,
  details: true,
  actor: { select: { name: true, email: true } },
  organisation: { select: { name: true } },
} as const;

function keyset(cursor: AuditCursor | null): Prisma.AuditLogWhereInput {
  if (!cursor) return {};
  return { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] };
}

async function readPage(user: Pick<CurrentUser, "grants">, filters: AuditFilters, cursor: AuditCursor | null, size: number): Promise<AuditRow[]> {
  const rows = await db.auditLog.findMany({
    where: { AND: [auditWhere(user, filters), keyset(cursor)] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: size,
    select,
  });
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt,
    actorName: row.actor?.name ?? null,
    actorEmail: row.actor?.email ?? null,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    organisationName: row.organisation?.name ?? null,
    ipAddress: row.ipAddress,
    details: row.details === null ? "" : JSON.stringify(row.details),
  }));
}

/** Newest first, one page after the cursor; `next` is the cursor of the following page, if any. */
export async function listAuditLog(
  user: Pick<CurrentUser, "grants">,
  input: { filters: AuditFilters; cursor: AuditCursor | null },
): Promise<{ rows: AuditRow[]; next: AuditCursor | null }> {
  const rows = await readPage(user, input.filters, input.cursor, AUDIT_PAGE_SIZE + 1);
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const last = page.at(-1);
  return { rows: page, next: rows.length > AUDIT_PAGE_SIZE && last ? { createdAt: last.createdAt, id: last.id } : null };
}

/** Every matching row, newest first, a batch at a time (the CSV export). */
export async function* iterateAuditLog(user: Pick<CurrentUser, "grants">, filters: AuditFilters, batchSize = 1_000): AsyncGenerator<AuditRow[]> {
  let cursor: AuditCursor | null = null;
  for (;;) {
    const rows: AuditRow[] = await readPage(user, filters, cursor, batchSize);
    if (rows.length === 0) return;
    yield rows;
    const last: AuditRow | undefined = rows.at(-1);
    if (!last || rows.length < batchSize) return;
    cursor = { createdAt: last.createdAt, id: last.id };
  }
}
