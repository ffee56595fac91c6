import { describe, expect, test } from "vitest";
import { accessibleAreas, isInArea, primaryAreaHref } from "./areas";
import type { RoleGrant, RoleName } from "./roles";

function userWith(...roles: RoleName[]): { grants: RoleGrant[] } {
  return {
    grants: roles.map((role) => ({
      role,
      organisationId: role === "MDO_ADMIN" ? "org-1" : null,
      providerId: role === "CONTENT_PROVIDER" ? "provider-1" : null,
    })),
  };
}

describe("primaryAreaHref", () => {
  test.each<[string, RoleName[], string | null]>([
    ["learner", ["LEARNER"], "/learn"],
    ["learner who is also an MDO admin", ["MDO_ADMIN", "LEARNER"], "/learn"],
    ["provider without learner role", ["CONTENT_PROVIDER"], "/studio"],
    ["MDO admin without learner role", ["MDO_ADMIN"], "/admin"],
    ["analyst without learner role", ["CBC_ANALYST"], "/reports"],
    ["super admin without learner role", ["SUPER_ADMIN"], "/learn"],
    ["no grants at all", [], null],
  ])("%s → %s", (_name, roles, expected) => {
    expect(primaryAreaHref(userWith(...roles))).toBe(expected);
  });
});

describe("accessibleAreas", () => {
  test.each<[RoleName[], string[]]>([
    [["LEARNER"], ["learn"]],
    [["CONTENT_PROVIDER"], ["studio"]],
    [["MDO_ADMIN"], ["admin", "studio", "reports"]],
    [["CONTENT_REVIEWER"], ["studio"]],
    // Analysts may read officials, but the organisation console is not theirs to be sent to.
    [["CBC_ANALYST"], ["reports", "framework"]],
    [["LEARNER", "CONTENT_PROVIDER"], ["learn", "studio"]],
    [["SUPER_ADMIN"], ["learn", "admin", "studio", "reports", "framework"]],
    [[], []],
  ])("%j → %j", (roles, expected) => {
    expect(accessibleAreas(userWith(...roles)).map((area) => area.key)).toEqual(expected);
  });
});

describe("isInArea", () => {
  test.each([
    ["/learn", "/learn", true],
    ["/learn/courses/x", "/learn", true],
    ["/learning", "/learn", false],
    ["/admin", "/learn", false],
    ["/", "/learn", false],
  ])("%s in %s → %s", (pathname, href, expected) => {
    expect(isInArea(pathname, href)).toBe(expected);
  });
});
