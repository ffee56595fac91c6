import "server-only";
import { hasRole } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Imports a user may read: their own uploads (a super admin: every upload). The rows hold names,
 * emails and one-time passwords of the uploader's subtree, so nobody else's are shown.
 */
export function importWhereVisibleTo(user: Pick<CurrentUser, "id" | "grants">): Prisma.OnboardingImportWhereInput {
  return hasRole(user, "SUPER_ADMIN") ? {} : { uploadedById: user.id };
}
