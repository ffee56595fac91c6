import { hasRole } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";

/**
 * Whether the user writes for this provider: a CONTENT_PROVIDER grant for it, or a super admin.
 * The rule of isProviderInScope (lib/server/auth/scope.ts), kept free of next/* so the review
 * use-cases also run outside Next (the seed builds its demo courses with them).
 */
export function authorsForProvider(user: Pick<CurrentUser, "grants">, providerId: string): boolean {
  return hasRole(user, "SUPER_ADMIN") || user.grants.some((grant) => grant.role === "CONTENT_PROVIDER" && grant.providerId === providerId);
}
