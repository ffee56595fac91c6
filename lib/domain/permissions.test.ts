import { describe, expect, test } from "vitest";
import {
  PERMISSIONS,
  PermissionDeniedError,
  READ_ONLY_PERMISSIONS,
  ROLE_PERMISSIONS,
  assertCan,
  can,
  permissionsOf,
  type Permission,
} from "@/lib/domain/permissions";
import { ROLES, type RoleGrant, type RoleName } from "@/lib/domain/roles";

function userWith(...roles: RoleName[]): { grants: RoleGrant[] } {
  return { grants: roles.map((role) => ({ role, organisationId: null, providerId: null })) };
}

describe("can", () => {
  test.each<[RoleName[], Permission, boolean]>([
    [["LEARNER"], "course:browse", true],
    [["LEARNER"], "learning:own", true],
    [["LEARNER"], "studio:access", false],
    [["LEARNER"], "org:officials:read", false],
    [["LEARNER"], "analytics:read", false],
    [["LEARNER"], "admin:all", false],
    [["CONTENT_PROVIDER"], "studio:access", true],
    [["CONTENT_PROVIDER"], "course:author", true],
    [["CONTENT_PROVIDER"], "course:review", false],
    [["CONTENT_PROVIDER"], "org:officials:read", false],
    [["MDO_ADMIN"], "org:officials:read", true],
    [["MDO_ADMIN"], "org:officials:manage", true],
    [["MDO_ADMIN"], "org:plan:manage", true],
    [["MDO_ADMIN"], "org:enrolments:assign", true],
    [["MDO_ADMIN"], "analytics:read", false],
    [["MDO_ADMIN"], "course:author", false],
    [["MDO_ADMIN"], "admin:all", false],
    [["CBC_ANALYST"], "analytics:read", true],
    [["CBC_ANALYST"], "org:officials:read", true],
    // The organisation console is for MDO admins; analysts read through the dashboards.
    [["CBC_ANALYST"], "org:console", false],
    [["MDO_ADMIN"], "org:console", true],
    [["LEARNER"], "org:console", false],
    [["CBC_ANALYST"], "org:officials:manage", false],
    [["CBC_ANALYST"], "org:plan:manage", false],
    [["CBC_ANALYST"], "course:author", false],
    // Analysts read the competency framework; only super admins change it.
    [["CBC_ANALYST"], "frac:read", true],
    [["CBC_ANALYST"], "frac:manage", false],
    [["MDO_ADMIN"], "frac:read", false],
    [["MDO_ADMIN"], "org:reports:read", true],
    // An admin reads the audit trail of their own subtree; analysts do not.
    [["MDO_ADMIN"], "audit:read", true],
    [["CBC_ANALYST"], "audit:read", false],
    [["LEARNER"], "org:reports:read", false],
    [["SUPER_ADMIN"], "frac:manage", true],
    [["SUPER_ADMIN"], "admin:all", true],
    [["SUPER_ADMIN"], "course:review", true],
    [["SUPER_ADMIN"], "org:officials:manage", true],
    // Grants add up: a learner who also administers an MDO can do both.
    [["LEARNER", "MDO_ADMIN"], "learning:own", true],
    [["LEARNER", "MDO_ADMIN"], "org:plan:manage", true],
    [["LEARNER", "MDO_ADMIN"], "analytics:read", false],
    [[], "course:browse", false],
  ])("%j → %s = %s", (roles, permission, expected) => {
    expect(can(userWith(...roles), permission)).toBe(expected);
  });

  test("signed-out (null) can nothing", () => {
    for (const permission of PERMISSIONS) expect(can(null, permission)).toBe(false);
  });
});

describe("role table", () => {
  test("SUPER_ADMIN holds every permission", () => {
    const admin = userWith("SUPER_ADMIN");
    for (const permission of PERMISSIONS) expect(can(admin, permission)).toBe(true);
  });

  test.each(ROLES)("%s lists only known permissions, without duplicates", (role) => {
    const listed = ROLE_PERMISSIONS[role];
    expect(new Set(listed).size).toBe(listed.length);
    for (const permission of listed) expect(PERMISSIONS).toContain(permission);
  });

  test("CBC_ANALYST is read-only", () => {
    for (const permission of ROLE_PERMISSIONS.CBC_ANALYST) expect(READ_ONLY_PERMISSIONS.has(permission)).toBe(true);
  });

  test.each(["org:officials:manage", "org:plan:manage", "course:author", "admin:all"] as const)(
    "%s is not marked read-only",
    (permission) => {
      expect(READ_ONLY_PERMISSIONS.has(permission)).toBe(false);
    },
  );

  test("permissionsOf is the union over grants", () => {
    const both = permissionsOf(userWith("LEARNER", "CONTENT_PROVIDER"));
    expect([...both].sort()).toEqual(
      [...new Set([...ROLE_PERMISSIONS.LEARNER, ...ROLE_PERMISSIONS.CONTENT_PROVIDER])].sort(),
    );
  });
});

describe("assertCan", () => {
  test("passes silently when allowed", () => {
    expect(() => assertCan(userWith("MDO_ADMIN"), "org:officials:read")).not.toThrow();
  });

  test.each<[RoleName[] | null, Permission]>([
    [["LEARNER"], "org:officials:manage"],
    [["CBC_ANALYST"], "org:plan:manage"],
    [null, "course:browse"],
  ])("%j lacking %s throws a FORBIDDEN-coded error", (roles, permission) => {
    const user = roles ? userWith(...roles) : null;
    let thrown: unknown;
    try {
      assertCan(user, permission);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PermissionDeniedError);
    expect((thrown as PermissionDeniedError).code).toBe("FORBIDDEN");
    expect((thrown as PermissionDeniedError).permission).toBe(permission);
  });
});
