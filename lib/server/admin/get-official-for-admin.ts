import "server-only";
import { cache } from "react";
import type { CurrentUser } from "@/lib/domain/roles";
import { organisationScopeFilter } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";

export type OfficialDetail = {
  id: string;
  name: string;
  email: string;
  employeeCode: string | null;
  designation: string | null;
  group: "A" | "B" | "C" | "D" | null;
  serviceCadre: string | null;
  status: "ACTIVE" | "SUSPENDED";
  organisationId: string | null;
  organisationName: string | null;
  fracPositionId: string | null;
  reportingOfficer: { id: string; name: string; email: string } | null;
  roles: string[];
  grants: { role: string; organisationId: string | null }[];
  lastSignInAt: Date | null;
};

/** One official, or null when they are outside the user's scope or do not exist (the page says "not found" either way). */
export const getOfficialForAdmin = cache(async (user: Pick<CurrentUser, "grants">, officialId: string): Promise<OfficialDetail | null> => {
  const official = await db.user.findFirst({
    where: { AND: [{ id: officialId }, organisationScopeFilter(user, "read")] },
    select: {
      id: true,
      name: true,
      email: true,
      employeeCode: true,
      designation: true,
      group: true,
      serviceCadre: true,
      status: true,
      organisationId: true,
      organisation: { select: { name: true } },
      fracPositionId: true,
      reportingOfficer: { select: { id: true, name: true, email: true } },
      roles: { select: { role: true, organisationId: true } },
      lastSignInAt: true,
    },
  });
  if (!official) return null;
  const { organisation, roles, ...rest } = official;
  return { ...rest, organisationName: organisation?.name ?? null, roles: [...new Set(roles.map((grant) => grant.role))].sort(), grants: roles };
});

/** Officials of the user's managed subtree whose name or email starts like `q`, for choosing a reporting officer. */
export async function findReportingOfficerCandidates(user: Pick<CurrentUser, "grants">, q: string, take = 50) {
  const query = q.trim();
  return db.user.findMany({
    where: {
      AND: [
        organisationScopeFilter(user, "manage"),
        { status: "ACTIVE" },
        query ? { OR: [{ name: { startsWith: query, mode: "insensitive" } }, { email: { startsWith: query.toLowerCase() } }] } : {},
      ],
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take,
    select: { id: true, name: true, email: true, designation: true },
  });
}
