import "server-only";
import { forbidden, notFound } from "next/navigation";
import type { ReportFilters } from "@/lib/domain/reports/report-filters.schema";
import type { CurrentUser } from "@/lib/domain/roles";
import { adminOrganisationRootIds, hasWholeGovernmentScope } from "@/lib/server/auth/scope";
import { dbRead } from "@/lib/server/db-read";

export type ScopeOrganisation = { id: string; name: string; kind: "MINISTRY" | "DEPARTMENT" | "ORGANISATION"; parentId: string | null };

/**
 * What a report covers, derived from the signed-in user and the URL filters — never from ids a
 * caller vouches for. `rootIds` are the organisations whose whole subtrees count (null: the
 * whole government); `groups` are the subtrees the report breaks down by (ministries, or the
 * children of the organisation in focus).
 */
export type ReportScope = {
  title: string;
  isGovernment: boolean;
  rootIds: string[] | null;
  focus: ScopeOrganisation | null;
  /** Ancestors of the focus the viewer may open, top first, for the breadcrumb. */
  trail: ScopeOrganisation[];
  groups: ScopeOrganisation[];
  filters: ReportFilters;
  role: { id: string; name: string } | null;
};

const ORG_SELECT = { id: true, name: true, kind: true, parentId: true } as const;

/**
 * Resolves the scope of a report. A CBC analyst (or super admin) sees the government and may
 * focus on any organisation; an MDO admin sees their subtrees and may focus inside them. An
 * organisation outside the viewer's subtrees — or one that does not exist — is the same 403, so
 * the answer leaks nothing. Call it from a page with permission org:reports:read checked.
 */
export async function resolveReportScope(user: Pick<CurrentUser, "grants">, filters: ReportFilters): Promise<ReportScope> {
  const isGovernmentViewer = hasWholeGovernmentScope(user, "read");
  const adminRoots = isGovernmentViewer ? null : await outermostRoots(adminOrganisationRootIds(user));
  if (adminRoots && adminRoots.length === 0) forbidden();

  const role = filters.roleId ? await dbRead.fracRole.findUnique({ where: { id: filters.roleId }, select: { id: true, name: true } }) : null;
  if (filters.roleId && !role) notFound();

  if (filters.organisationId) {
    const focus = await dbRead.organisation.findUnique({ where: { id: filters.organisationId }, select: ORG_SELECT });
    if (!focus) {
      if (isGovernmentViewer) notFound();
      forbidden();
    }
    const ancestors = await dbRead.organisationClosure.findMany({
      where: { descendantId: focus.id },
      orderBy: { depth: "desc" },
      select: { ancestor: { select: ORG_SELECT } },
    });
    const ancestorIds = ancestors.map((row) => row.ancestor.id);
    // An admin may focus inside their subtree only; their own root is the top of their trail.
    const visibleFrom = adminRoots ? ancestorIds.findIndex((id) => adminRoots.includes(id)) : 0;
    if (visibleFrom < 0) forbidden();
    const children = await dbRead.organisation.findMany({ where: { parentId: focus.id }, orderBy: { name: "asc" }, select: ORG_SELECT });
    return {
      title: focus.name,
      isGovernment: false,
      rootIds: [focus.id],
      focus: focus,
      trail: ancestors.slice(visibleFrom, -1).map((row) => row.ancestor),
      groups: children,
      filters,
      role,
    };
  }

  if (!adminRoots) {
    const ministries = await dbRead.organisation.findMany({ where: { parentId: null }, orderBy: { name: "asc" }, select: ORG_SELECT });
    return { title: "Government of India", isGovernment: true, rootIds: null, focus: null, trail: [], groups: ministries, filters, role };
  }

  const roots = await dbRead.organisation.findMany({ where: { id: { in: adminRoots } }, orderBy: { name: "asc" }, select: ORG_SELECT });
  if (roots.length === 1) {
    // One subtree: the report is that organisation's, broken down by its children.
    return resolveReportScope(user, { ...filters, organisationId: roots[0]!.id });
  }
  return { title: roots.map((root) => root.name).join(", "), isGovernment: false, rootIds: adminRoots, focus: null, trail: [], groups: roots, filters, role };
}

/** Drops roots that lie inside another root, so no subtree is counted twice. */
async function outermostRoots(rootIds: string[]): Promise<string[]> {
  if (rootIds.length <= 1) return rootIds;
  const nested = await dbRead.organisationClosure.findMany({
    where: { ancestorId: { in: rootIds }, descendantId: { in: rootIds }, depth: { gt: 0 } },
    select: { descendantId: true },
  });
  const inner = new Set(nested.map((row) => row.descendantId));
  return rootIds.filter((id) => !inner.has(id));
}
