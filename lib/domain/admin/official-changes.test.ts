import { describe, expect, test } from "vitest";
import { officialChanges, refusalFor, type OfficialFields } from "./official-changes";

const BASE: OfficialFields = {
  name: "Asha Verma",
  designation: "Under Secretary",
  group: "A",
  serviceCadre: "CSS",
  organisationId: "org-1",
  fracPositionId: null,
  reportingOfficerId: null,
};

describe("officialChanges", () => {
  test.each<[string, Partial<OfficialFields>, string[]]>([
    ["nothing", {}, []],
    ["designation", { designation: "Deputy Secretary" }, ["designation"]],
    ["two fields", { group: "B", fracPositionId: "post-9" }, ["group", "fracPositionId"]],
    ["cleared", { serviceCadre: null }, ["serviceCadre"]],
  ])("%s", (_label, patch, fields) => {
    expect(officialChanges(BASE, { ...BASE, ...patch }).map((change) => change.field)).toEqual(fields);
  });

  test("keeps the old and new value", () => {
    expect(officialChanges(BASE, { ...BASE, designation: null })).toEqual([{ field: "designation", from: "Under Secretary", to: null }]);
  });
});

describe("refusalFor", () => {
  test.each<[string, Parameters<typeof refusalFor>[0], ReturnType<typeof refusalFor>]>([
    ["suspending someone else", { actorId: "a", officialId: "b", suspending: true }, null],
    ["suspending oneself", { actorId: "a", officialId: "a", suspending: true }, "SELF_SUSPENSION"],
    ["editing oneself", { actorId: "a", officialId: "a" }, null],
    ["own reporting officer", { actorId: "a", officialId: "b", reportingOfficerId: "b" }, "OWN_REPORTING_OFFICER"],
    ["officer reports to the official", { actorId: "a", officialId: "b", reportingOfficerId: "c", officerChain: ["c", "b"] }, "REPORTING_CYCLE"],
    ["a proper line", { actorId: "a", officialId: "b", reportingOfficerId: "c", officerChain: ["c", "d"] }, null],
  ])("%s", (_label, input, expected) => {
    expect(refusalFor(input)).toBe(expected);
  });
});
