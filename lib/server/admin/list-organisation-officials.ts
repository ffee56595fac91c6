import "server-only";
import { cache } from "react";
import type { CurrentUser } from "@/lib/domain/roles";
import { adminOrganisationRootIds } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";

export const OFFICIALS_PAGE_SIZE = 25;

export type OrganisationOfficial = {
  id: string;
  name: string;
  email: string;
  designation: string | null;
  organisationName: string;
  status: "ACTIVE" | "SUSPENDED";
  enrolled: number;
  completed: number;
};

type OfficialRow = {
  id: string;
  name: string;
  email: string;
  designation: string | null;
  organisation_name: string;
  status: "ACTIVE" | "SUSPENDED";
};

type Options = { user: Pick<CurrentUser, "grants">; page: number; pageSize?: number };

/**
 * One page of officials in the subtrees the user administers (their MDO-admin grants), by name,
 * with their enrolment counts. The scope comes from the user, never from ids a caller passes.
 * Two queries per page whatever its size: the page itself, then one grouped count for the ids on
 * it (no per-row lookups).
 */
export function listOrganisationOfficials({ user, page, pageSize = OFFICIALS_PAGE_SIZE }: Options) {
  const key = adminOrganisationRootIds(user).sort().join(",");
  return loadPage(key, Math.max(1, Math.floor(page)), pageSize);
}

const loadPage = cache(async (rootsKey: string, page: number, pageSize: number): Promise<OrganisationOfficial[]> => {
  const rootIds = rootsKey.split(",").filter(Boolean);
  if (rootIds.length === 0) return [];
  const offset = (page - 1) * pageSize;

  // The tie-break on id keeps pages stable when names repeat (common for Indian names).
  const rows = await db.$queryRaw<OfficialRow[]>`
    SELECT u.id, u.name, u.email, u.designation, u.status, o.name AS organisation_name
    FROM "User" u
    JOIN "Organisation" o ON o.id = u."organisationId"
    WHERE u."organisationId" IN (
      SELECT c."descendantId" FROM "OrganisationClosure" c WHERE c."ancestorId" = ANY(${rootIds}::uuid[])
    )
    ORDER BY u.name, u.id
    LIMIT ${pageSize} OFFSET ${offset}
  `;
  if (rows.length === 0) return [];

  const counts = await db.enrolment.groupBy({
    by: ["userId", "status"],
    where: { userId: { in: rows.map((row) => row.id) }, status: { not: "WITHDRAWN" } },
    _count: { _all: true },
  });
  const byUser = new Map<string, { enrolled: number; completed: number }>();
  for (const row of counts) {
    const entry = byUser.get(row.userId) ?? { enrolled: 0, completed: 0 };
    entry.enrolled += row._count._all;
    if (row.status === "COMPLETED") entry.completed += row._count._all;
    byUser.set(row.userId, entry);
  }

  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    designation: row.designation,
    organisationName: row.organisation_name,
    status: row.status,
    ...(byUser.get(row.id) ?? { enrolled: 0, completed: 0 }),
  }));
});
