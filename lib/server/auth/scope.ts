import "server-only";
import { z } from "zod";
import { hasRole } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";

type ScopedUser = Pick<CurrentUser, "grants">;

/**
 * "read" lets a CBC analyst see the whole government; "manage" never does (analysts are
 * read-only), so a user who is both analyst and MDO admin manages only their subtree.
 */
export type ScopeAccess = "read" | "manage";

const uuid = z.uuid();

/** Roots of the organisation subtrees the user administers as MDO admin. */
export function adminOrganisationRootIds(user: ScopedUser): string[] {
  const roots = new Set<string>();
  for (const grant of user.grants) {
    if (grant.role === "MDO_ADMIN" && grant.organisationId) roots.add(grant.organisationId);
  }
  return [...roots];
}

export function hasWholeGovernmentScope(user: ScopedUser, access: ScopeAccess = "read"): boolean {
  return hasRole(user, "SUPER_ADMIN") || (access === "read" && hasRole(user, "CBC_ANALYST"));
}

const NOTHING = { id: { in: [] as string[] } };

/**
 * Organisations the user may see (read) or act on (manage): the subtrees under their MDO-admin
 * grants, via the closure table, or every organisation for a super admin (and an analyst, read).
 * Use it on any model with an `organisation` relation: `{ organisation: organisationWhereInScope(u) }`.
 */
export function organisationWhereInScope(user: ScopedUser, access: ScopeAccess = "read"): Prisma.OrganisationWhereInput {
  if (hasWholeGovernmentScope(user, access)) return {};
  const roots = adminOrganisationRootIds(user);
  if (roots.length === 0) return NOTHING;
  return { ancestors: { some: { ancestorId: { in: roots } } } };
}

/** Officials in scope, for `db.user.findMany({ where: { AND: [organisationScopeFilter(u), …] } })`. */
export function organisationScopeFilter(user: ScopedUser, access: ScopeAccess = "read"): Prisma.UserWhereInput {
  if (hasWholeGovernmentScope(user, access)) return {};
  const roots = adminOrganisationRootIds(user);
  if (roots.length === 0) return NOTHING;
  return { organisation: organisationWhereInScope(user, access) };
}

export async function isOrganisationInScope(
  user: ScopedUser,
  organisationId: string,
  access: ScopeAccess = "read",
): Promise<boolean> {
  if (!uuid.safeParse(organisationId).success) return false;
  if (hasWholeGovernmentScope(user, access)) {
    return (await db.organisation.count({ where: { id: organisationId } })) > 0;
  }
  const roots = adminOrganisationRootIds(user);
  if (roots.length === 0) return false;
  const links = await db.organisationClosure.count({
    where: { ancestorId: { in: roots }, descendantId: organisationId },
  });
  return links > 0;
}

/** Providers whose content the user may author: their CONTENT_PROVIDER grants. */
export function providerIdsOf(user: ScopedUser): string[] {
  const ids = new Set<string>();
  for (const grant of user.grants) {
    if (grant.role === "CONTENT_PROVIDER" && grant.providerId) ids.add(grant.providerId);
  }
  return [...ids];
}

/** For any model with a providerId (Course…): `{ where: { id, ...providerScopeFilter(u) } }`. */
export function providerScopeFilter(user: ScopedUser): { providerId?: { in: string[] } } {
  if (hasRole(user, "SUPER_ADMIN")) return {};
  return { providerId: { in: providerIdsOf(user) } };
}

export function isProviderInScope(user: ScopedUser, providerId: string): boolean {
  return hasRole(user, "SUPER_ADMIN") || providerIdsOf(user).includes(providerId);
}
