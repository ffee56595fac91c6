import { describe, expect, test } from "vitest";
import { hasPeopleFilters, parseReportFilters, reportHref } from "./report-filters.schema";

const ORG = "0190f0f0-0000-7000-8000-000000000001";

describe("report filters from the URL", () => {
  test.each([
    ["nothing", {}, {}],
    ["an organisation", { organisation: ORG }, { organisationId: ORG }],
    ["a repeated value takes the first", { organisation: [ORG, "x"] }, { organisationId: ORG }],
    ["a bad id is dropped, the rest kept", { organisation: "1 OR 1=1", group: "B" }, { serviceGroup: "B" }],
    ["an unknown group is dropped", { group: "Z" }, {}],
    ["designation is trimmed; blank is dropped", { designation: "  Section Officer ", role: "" }, { designation: "Section Officer" }],
    ["an overlong designation is dropped", { designation: "x".repeat(500) }, {}],
    ["control characters in a designation are dropped (PostgreSQL cannot take a NUL)", { designation: "Section\u0000 Officer\u001b" }, { designation: "Section Officer" }],
    ["a designation of nothing but control characters is dropped", { designation: "\u0000" }, {}],
  ])("%s", (_name, params, expected) => {
    expect(parseReportFilters(params)).toEqual(expected);
  });

  test("links carry the filters in a stable order, with extras", () => {
    expect(reportHref("/reports/gaps", { serviceGroup: "A", organisationId: ORG, designation: "Under Secretary" }, { page: 2 })).toBe(
      `/reports/gaps?organisation=${ORG}&designation=Under+Secretary&group=A&page=2`,
    );
    expect(reportHref("/reports", {})).toBe("/reports");
  });

  test("people filters", () => {
    expect(hasPeopleFilters({ organisationId: ORG })).toBe(false);
    expect(hasPeopleFilters({ serviceGroup: "C" })).toBe(true);
  });
});
