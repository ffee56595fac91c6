import { describe, expect, test } from "vitest";
import { roleGrantChanges, type Grant, type WantedRoles } from "./role-grants";

const ORG = "org-1";
const LEARNER = { role: "LEARNER", organisationId: null };
const ADMIN = { role: "MDO_ADMIN", organisationId: ORG };
const ADMIN_ELSEWHERE = { role: "MDO_ADMIN", organisationId: "org-9" };
const REVIEWER = { role: "CONTENT_REVIEWER", organisationId: null };
const ANALYST = { role: "CBC_ANALYST", organisationId: null };

describe("roleGrantChanges", () => {
  test.each<[string, Grant[], WantedRoles, { add: Grant[]; remove: Grant[] }]>([
    ["nothing wanted, nothing held", [LEARNER], { isOrganisationAdmin: false, isReviewer: false }, { add: [], remove: [] }],
    ["make admin of their organisation", [LEARNER], { isOrganisationAdmin: true, isReviewer: false }, { add: [ADMIN], remove: [] }],
    ["make reviewer", [LEARNER], { isOrganisationAdmin: false, isReviewer: true }, { add: [REVIEWER], remove: [] }],
    ["take both away", [LEARNER, ADMIN, REVIEWER], { isOrganisationAdmin: false, isReviewer: false }, { add: [], remove: [ADMIN, REVIEWER] }],
    ["an admin grant elsewhere and an analyst grant are left alone", [ADMIN_ELSEWHERE, ANALYST], { isOrganisationAdmin: false, isReviewer: false }, { add: [], remove: [] }],
    ["already as wanted", [ADMIN, REVIEWER], { isOrganisationAdmin: true, isReviewer: true }, { add: [], remove: [] }],
  ])("%s", (_label, grants, wanted, expected) => {
    expect(roleGrantChanges(grants, wanted, ORG)).toEqual(expected);
  });
});
