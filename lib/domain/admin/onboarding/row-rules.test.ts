import { describe, expect, test } from "vitest";
import { checkHeader } from "./columns";
import { cellsFromRecord, checkRowCells, duplicateReason, resolveRow, type OnboardingCells, type RowLookups } from "./row-rules";

const GOOD: OnboardingCells = {
  email: " Asha.Rao@Example.gov.in ",
  name: "Asha  Rao",
  organisation_code: "dor",
  designation: "Under Secretary",
  group: "a",
  employee_code: "E-1",
  position_code: "",
  roles: "learner; content reviewer",
};

describe("checkRowCells", () => {
  test("a good row is normalised: lower-cased email, upper-cased codes, learner always granted", () => {
    expect(checkRowCells(GOOD)).toEqual({
      ok: true,
      row: {
        email: "asha.rao@example.gov.in",
        name: "Asha Rao",
        organisationCode: "DOR",
        designation: "Under Secretary",
        group: "A",
        employeeCode: "E-1",
        positionCode: null,
        roles: ["LEARNER", "CONTENT_REVIEWER"],
      },
    });
    expect(checkRowCells({ email: "a@b.in", name: "A", organisation_code: "X" })).toMatchObject({ ok: true, row: { roles: ["LEARNER"] } });
  });

  test.each([
    ["missing email", { ...GOOD, email: "" }, ["email: missing"]],
    ["missing name", { ...GOOD, name: "  " }, ["name: missing"]],
    ["missing organisation", { ...GOOD, organisation_code: undefined }, ["organisation_code: missing"]],
    ["bad email", { ...GOOD, email: "asha.rao@" }, ["email: not a valid email address"]],
    ["email with a space", { ...GOOD, email: "asha rao@example.gov.in" }, ["email: not a valid email address"]],
    ["bad group", { ...GOOD, group: "E" }, ["group: must be A, B, C or D"]],
    ["unknown role", { ...GOOD, roles: "LEARNER;WIZARD" }, ['roles: unknown role "WIZARD" (a file may give LEARNER, CONTENT_REVIEWER)']],
    ["a role a file may not give", { ...GOOD, roles: "SUPER_ADMIN" }, ['roles: unknown role "SUPER_ADMIN" (a file may give LEARNER, CONTENT_REVIEWER)']],
    ["formula in the name", { ...GOOD, name: '=HYPERLINK("http://x","y")' }, ['name: starts with "=", which a spreadsheet would run as a formula']],
    ["formula after spaces", { ...GOOD, designation: "  +SUM(A1)" }, ['designation: starts with "+", which a spreadsheet would run as a formula']],
    ["@ formula in the email", { ...GOOD, email: "@SUM(1)" }, ['email: starts with "@", which a spreadsheet would run as a formula']],
    ["tab", { ...GOOD, employee_code: "\tcmd" }, ['employee_code: starts with "\\t", which a spreadsheet would run as a formula']],
    ["too long", { ...GOOD, name: "x".repeat(201) }, ["name: longer than 200 characters"]],
    ["several problems at once", { email: "nope", name: "", organisation_code: "" }, ["name: missing", "organisation_code: missing", "email: not a valid email address"]],
  ])("%s", (_label, cells, reasons) => {
    expect(checkRowCells(cells)).toEqual({ ok: false, reasons });
  });
});

describe("resolveRow", () => {
  const lookups: RowLookups = {
    organisations: new Map([
      ["DOR", { id: "org-dor", isInScope: true }],
      ["MEA", { id: "org-mea", isInScope: false }],
    ]),
    positions: new Map([["POS-1", { id: "pos-1" }]]),
    existingByEmail: new Map([
      ["in@example.gov.in", { id: "user-in", isInScope: true }],
      ["out@example.gov.in", { id: "user-out", isInScope: false }],
    ]),
    employeeCodeHolders: new Map([
      ["E-9", "user-other"],
      ["E-IN", "user-in"],
    ]),
  };
  const row = (overrides: Partial<Parameters<typeof resolveRow>[0]> = {}) => ({
    email: "new@example.gov.in",
    name: "New",
    organisationCode: "DOR",
    designation: null,
    group: null,
    employeeCode: null,
    positionCode: null,
    roles: ["LEARNER" as const],
    ...overrides,
  });

  test("a new official in the subtree resolves to ids", () => {
    expect(resolveRow(row({ positionCode: "POS-1" }), lookups)).toEqual({
      ok: true,
      row: { ...row({ positionCode: "POS-1" }), organisationId: "org-dor", positionId: "pos-1", existingUserId: null },
    });
  });

  test("an existing official of the subtree is updated, keeping their own employee code", () => {
    expect(resolveRow(row({ email: "in@example.gov.in", employeeCode: "E-IN" }), lookups)).toMatchObject({ ok: true, row: { existingUserId: "user-in" } });
  });

  test.each([
    ["unknown organisation", row({ organisationCode: "NOPE" }), ['organisation_code: unknown organisation "NOPE"']],
    ["organisation outside the subtree", row({ organisationCode: "MEA" }), ["organisation_code: MEA is outside the organisations you administer"]],
    ["unknown position", row({ positionCode: "POS-X" }), ['position_code: unknown position "POS-X"']],
    ["an email held outside the subtree", row({ email: "out@example.gov.in" }), ["email: belongs to an official outside the organisations you administer"]],
    ["someone else's employee code", row({ employeeCode: "E-9" }), ["employee_code: E-9 is already another official's"]],
  ])("%s", (_label, input, reasons) => {
    expect(resolveRow(input, lookups)).toEqual({ ok: false, reasons });
  });
});

test("header: required columns and unknown ones, whatever their case and spacing", () => {
  expect(checkHeader(["\uFEFFEmail", "Name", "Organisation Code", "Favourite colour"])).toEqual({ missing: [], unknown: ["favourite_colour"] });
  expect(checkHeader(["email"])).toEqual({ missing: ["name", "organisation_code"], unknown: [] });
});

test("cells are taken by header name and unknown columns dropped", () => {
  expect(cellsFromRecord(["name", "colour", "email"], ["A", "red", "a@b.in"])).toEqual({ name: "A", email: "a@b.in" });
});

test("a duplicate names the row it repeats", () => {
  expect(duplicateReason(7)).toBe("email: the same email as row 7 of this file");
});
