import "server-only";
import { forbidden } from "next/navigation";
import { can, type Permission } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import { requirePermission } from "@/lib/server/auth/session";

/**
 * For the organisation admin console (/admin): the console's own permission (what its layout
 * requires) and the page's. A layout does not guard the page rendered beside it: a page that
 * admitted someone the layout refused (an analyst holds org:officials:read but not org:console)
 * sent its data inside the layout's 403.
 */
export async function requireAdminConsole(permission: Permission): Promise<CurrentUser> {
  const user = await requirePermission("org:console");
  if (!can(user, permission)) forbidden();
  return user;
}
