import { can, hasRole, type Permission } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";

export type AreaKey = "learn" | "studio" | "admin" | "reports" | "framework";

export type Area = {
  key: AreaKey;
  href: string;
  label: string;
  /** The permission the area's layout requires; navigation shows only areas the user passes. */
  permission: Permission;
};

// Order matters: it is the navigation order and the fallback order for a user's home.
export const AREAS: readonly Area[] = [
  { key: "learn", href: "/learn", label: "My learning", permission: "learning:own" },
  // Before the studio: an MDO admin also reviews courses there, but their console is their home.
  { key: "admin", href: "/admin", label: "My organisation", permission: "org:console" },
  { key: "studio", href: "/studio", label: "Studio", permission: "studio:access" },
  // MDO admins see their subtree here, analysts the whole government.
  { key: "reports", href: "/reports", label: "Reports", permission: "org:reports:read" },
  { key: "framework", href: "/framework", label: "Competency framework", permission: "frac:read" },
];

export function areaByKey(key: AreaKey): Area {
  const area = AREAS.find((candidate) => candidate.key === key);
  if (!area) throw new Error(`Unknown area ${key}`);
  return area;
}

export function accessibleAreas(user: Pick<CurrentUser, "grants">): Area[] {
  return AREAS.filter((area) => can(user, area.permission));
}

/**
 * Where "/" sends a signed-in user: officials learn first, so anyone holding LEARNER lands on
 * their learning; everybody else on the first area they may open; null when there is none.
 */
export function primaryAreaHref(user: Pick<CurrentUser, "grants">): string | null {
  if (hasRole(user, "LEARNER")) return areaByKey("learn").href;
  return accessibleAreas(user)[0]?.href ?? null;
}

/** True when `pathname` is the area's home or a page inside it, for aria-current. */
export function isInArea(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}
