import type { CurrentUser, RoleName } from "@/lib/domain/roles";

/**
 * Everything a signed-in official may be allowed to do. Object-level scope (which organisation,
 * which provider) is checked separately at the data boundary (lib/server/auth/scope.ts).
 */
export const PERMISSIONS = [
  "course:browse", // see the published catalogue and course pages
  "learning:own", // enrol oneself, learn, attempt assessments, own certificates and passbook
  "studio:access", // open the content studio
  "course:author", // create and edit courses, lessons, assessments, batches of one's provider
  "course:review", // decide reviews routed to a reviewer group one belongs to (lib/domain/studio/review-routing.ts)
  "review:manage", // reviewer groups and review stages of one's organisation subtree
  "content:request", // ask providers for a course on a competency and level
  "org:console", // open the organisation admin console (MDO admins: their subtree)
  "org:officials:read", // list and view officials (MDO admins: their subtree)
  "org:officials:manage", // create, edit, suspend officials; grant roles within the subtree
  "org:enrolments:assign", // assign courses to officials of the subtree
  "org:plan:manage", // capacity-building plans of the subtree
  "org:reports:read", // learning and competency-gap reports (MDO admins: their subtree; analysts: all)
  "analytics:read", // government-wide analytics dashboards
  "frac:read", // the competency framework: competencies, FRAC roles, posts, versions; export
  "frac:manage", // edit and import the competency framework
  "audit:read", // the audit log
  "admin:all", // platform administration (organisations, providers, competencies)
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/** Permissions that only read; CBC analysts hold nothing else. */
export const READ_ONLY_PERMISSIONS: ReadonlySet<Permission> = new Set<Permission>([
  "course:browse",
  "org:officials:read",
  "org:reports:read",
  "analytics:read",
  "frac:read",
  "audit:read",
]);

export const ROLE_PERMISSIONS: Record<RoleName, readonly Permission[]> = {
  LEARNER: ["course:browse", "learning:own"],
  CONTENT_PROVIDER: ["course:browse", "studio:access", "course:author"],
  CONTENT_REVIEWER: ["course:browse", "studio:access", "course:review"],
  MDO_ADMIN: [
    "course:browse",
    "studio:access",
    "course:review",
    "review:manage",
    "content:request",
    "org:console",
    "org:officials:read",
    "org:officials:manage",
    "org:enrolments:assign",
    "org:plan:manage",
    "org:reports:read",
    "audit:read", // their subtree's audit trail only (lib/server/audit)
  ],
  CBC_ANALYST: ["course:browse", "org:officials:read", "org:reports:read", "analytics:read", "frac:read"],
  SUPER_ADMIN: PERMISSIONS,
};

/** The union of what every role the user holds allows. */
export function permissionsOf(user: Pick<CurrentUser, "grants">): ReadonlySet<Permission> {
  const granted = new Set<Permission>();
  for (const grant of user.grants) {
    for (const permission of ROLE_PERMISSIONS[grant.role]) granted.add(permission);
  }
  return granted;
}

export function can(user: Pick<CurrentUser, "grants"> | null | undefined, permission: Permission): boolean {
  if (!user) return false;
  return user.grants.some((grant) => ROLE_PERMISSIONS[grant.role].includes(permission));
}

export function hasRole(user: Pick<CurrentUser, "grants"> | null | undefined, role: RoleName): boolean {
  return !!user && user.grants.some((grant) => grant.role === role);
}

/** Thrown when a signed-in user lacks a permission or an object is outside their scope. */
export class PermissionDeniedError extends Error {
  readonly code = "FORBIDDEN" as const;
  readonly permission: Permission | undefined;

  constructor(permission?: Permission, message = "You do not have permission to do that.") {
    super(message);
    this.name = "PermissionDeniedError";
    this.permission = permission;
  }
}

export function isPermissionDeniedError(error: unknown): error is PermissionDeniedError {
  return error instanceof PermissionDeniedError;
}

export function assertCan(user: Pick<CurrentUser, "grants"> | null | undefined, permission: Permission): void {
  if (!can(user, permission)) throw new PermissionDeniedError(permission);
}
