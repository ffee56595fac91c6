import { expect, test } from "vitest";
import type { RoleGrant } from "@/lib/domain/roles";
import { authorsForProvider } from "@/lib/domain/studio/author-scope";

const grant = (role: RoleGrant["role"], providerId: string | null = null): RoleGrant => ({ role, organisationId: null, providerId });

test.each<[string, RoleGrant[], boolean]>([
  ["a member of the provider", [grant("CONTENT_PROVIDER", "p1")], true],
  ["a member of another provider", [grant("CONTENT_PROVIDER", "p2")], false],
  ["a super admin", [grant("SUPER_ADMIN")], true],
  ["a reviewer", [grant("CONTENT_REVIEWER")], false],
  ["an MDO admin", [{ role: "MDO_ADMIN", organisationId: "o", providerId: null }], false],
])("%s → %s", (_name, grants, expected) => {
  expect(authorsForProvider({ grants }, "p1")).toBe(expected);
});
