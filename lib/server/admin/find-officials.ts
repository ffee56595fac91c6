import "server-only";
import { cache } from "react";
import { decodeOfficialsCursor, encodeOfficialsCursor } from "@/lib/domain/admin/officials-cursor";
import type { CurrentUser } from "@/lib/domain/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { organisationScopeFilter, organisationWhereInScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";

export const FIND_OFFICIALS_PAGE_SIZE = 25;

export type OfficialsFilters = {
  q?: string;
  organisationId?: string;
  designation?: string;
  group?: "A" | "B" | "C" | "D";
  serviceCadre?: string;
  status?: "ACTIVE" | "SUSPENDED";
  fracPositionId?: string;
  after?: string;
};

export type OfficialListItem = {
  id: string;
  name: string;
  email: string;
  designation: string | null;
  group: string | null;
  serviceCadre: string | null;
  status: "ACTIVE" | "SUSPENDED";
  organisationName: string | null;
  positionTitle: string | null;
};

export type OfficialsPage = { officials: OfficialListItem[]; nextCursor: string | null };

/**
 * One page of the officials the user may see, by name, filtered. Keyset pagination on
 * (name, id): page 2,000 of a 50,000-official ministry costs what page 1 does, where an OFFSET
 * would read and discard every row before it. The scope comes from the user's own grants.
 */
export const findOfficials = cache(async (user: Pick<CurrentUser, "grants">, filters: OfficialsFilters, pageSize = FIND_OFFICIALS_PAGE_SIZE): Promise<OfficialsPage> => {
  const and: Prisma.UserWhereInput[] = [organisationScopeFilter(user, "read"), { organisationId: { not: null } }];
  const q = filters.q?.trim();
  if (q) and.push({ OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { startsWith: q.toLowerCase() } }, { employeeCode: q }] });
  // An organisation filter means that organisation and everything under it.
  if (filters.organisationId) and.push({ organisation: { ancestors: { some: { ancestorId: filters.organisationId } } } });
  if (filters.designation?.trim()) and.push({ designation: { contains: filters.designation.trim(), mode: "insensitive" } });
  if (filters.group) and.push({ group: filters.group });
  if (filters.serviceCadre?.trim()) and.push({ serviceCadre: { equals: filters.serviceCadre.trim(), mode: "insensitive" } });
  if (filters.status) and.push({ status: filters.status });
  if (filters.fracPositionId) and.push({ fracPositionId: filters.fracPositionId });
  const cursor = decodeOfficialsCursor(filters.after);
  if (cursor) and.push({ OR: [{ name: { gt: cursor.name } }, { name: cursor.name, id: { gt: cursor.id } }] });

  const rows = await db.user.findMany({
    where: { AND: and },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: pageSize + 1,
    select: {
      id: true,
      name: true,
      email: true,
      designation: true,
      group: true,
      serviceCadre: true,
      status: true,
      organisation: { select: { name: true } },
      fracPosition: { select: { title: true } },
    },
  });
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  return {
    officials: page.map((row) => ({
      id: row.id,
      name: row.name,
      email: row.email,
      designation: row.designation,
      group: row.group,
      serviceCadre: row.serviceCadre,
      status: row.status,
      organisationName: row.organisation?.name ?? null,
      positionTitle: row.fracPosition?.title ?? null,
    })),
    nextCursor: rows.length > pageSize && last ? encodeOfficialsCursor({ name: last.name, id: last.id }) : null,
  };
});

export type OfficialsFilterOptions = {
  organisations: { id: string; name: string; depth: number }[];
  positions: { id: string; title: string; code: string }[];
};

/** The organisations and FRAC posts the filters and forms offer: only those in the user's scope. */
export const getOfficialsFilterOptions = cache(async (user: Pick<CurrentUser, "grants">, access: "read" | "manage" = "read"): Promise<OfficialsFilterOptions> => {
  const organisationWhere = organisationWhereInScope(user, access);
  const [organisations, positions] = await Promise.all([
    db.organisation.findMany({ where: organisationWhere, orderBy: [{ depth: "asc" }, { name: "asc" }], take: 500, select: { id: true, name: true, depth: true } }),
    db.fracPosition.findMany({ where: { organisation: organisationWhere }, orderBy: { title: "asc" }, take: 500, select: { id: true, title: true, code: true } }),
  ]);
  return { organisations, positions };
});
