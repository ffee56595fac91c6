import { describe, expect, test } from "vitest";
import { applyProfileChange, changesNothing, type ProfileChange, type ProfileFields } from "./profile-change";

const CURRENT: ProfileFields = { organisationId: "org-a", designation: "Section Officer", fracPositionId: "post-a", reportingOfficerId: "boss-a" };

describe("applyProfileChange", () => {
  test.each<[string, ProfileChange, ProfileFields]>([
    ["a new designation only", { toOrganisationId: "org-a", designation: "Under Secretary", fracPositionId: null }, { ...CURRENT, designation: "Under Secretary" }],
    ["a new post in the same organisation", { toOrganisationId: "org-a", designation: null, fracPositionId: "post-b" }, { ...CURRENT, fracPositionId: "post-b" }],
    ["a transfer without a post leaves post and reporting line behind", { toOrganisationId: "org-b", designation: null, fracPositionId: null }, { organisationId: "org-b", designation: "Section Officer", fracPositionId: null, reportingOfficerId: null }],
    ["a transfer into a named post", { toOrganisationId: "org-b", designation: "Deputy Secretary", fracPositionId: "post-c" }, { organisationId: "org-b", designation: "Deputy Secretary", fracPositionId: "post-c", reportingOfficerId: null }],
  ])("%s", (_label, change, expected) => {
    expect(applyProfileChange(CURRENT, change)).toEqual(expected);
  });
});

describe("changesNothing", () => {
  test.each<[string, ProfileChange, boolean]>([
    ["same everything", { toOrganisationId: "org-a", designation: "Section Officer", fracPositionId: "post-a" }, true],
    ["nothing named", { toOrganisationId: "org-a", designation: null, fracPositionId: null }, true],
    ["another organisation", { toOrganisationId: "org-b", designation: null, fracPositionId: null }, false],
    ["another designation", { toOrganisationId: "org-a", designation: "Under Secretary", fracPositionId: null }, false],
  ])("%s", (_label, change, expected) => {
    expect(changesNothing(CURRENT, change)).toBe(expected);
  });
});
