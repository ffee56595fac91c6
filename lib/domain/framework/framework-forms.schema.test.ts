import { describe, expect, test } from "vitest";
import { z } from "zod";
import { competencyFormSchema, fracPostFormSchema, fracRoleFormSchema } from "./framework-forms.schema";
import { importFormSchema } from "./import-form.schema";

const fieldErrors = (result: { success: boolean; error?: z.ZodError }): Partial<Record<string, string[]>> =>
  result.error ? z.flattenError(result.error).fieldErrors : {};

const COMPETENCY = {
  externalId: "FUN-NOTING",
  code: "FUN-NOTING",
  name: " Noting and Drafting ",
  nameHi: "",
  type: "FUNCTIONAL",
  area: "Office procedure",
  description: "Writes notes.\r\nDrafts letters.",
  ...Object.fromEntries([1, 2, 3, 4, 5].flatMap((level) => [[`level${level}Name`, `L${level}`], [`level${level}Descriptor`, ""]])),
};

const A = "01900000-0000-7000-8000-00000000000a";
const B = "01900000-0000-7000-8000-00000000000b";

describe("competency form", () => {
  test("trims, turns an empty Hindi name into none and gathers the five levels", () => {
    const form = competencyFormSchema.parse(COMPETENCY);
    expect(form).toMatchObject({ name: "Noting and Drafting", nameHi: null, description: "Writes notes.\nDrafts letters." });
    expect(form.levels.map((level) => level.name)).toEqual(["L1", "L2", "L3", "L4", "L5"]);
  });

  test.each([
    ["name", { name: "  " }, "Name is missing."],
    ["code", { code: "FUN NOTING" }, "Use letters, digits and . _ / - only, without spaces."],
    ["type", { type: "TECHNICAL" }, "Choose a type."],
    ["level3Name", { level3Name: "" }, "Level 3 name is missing."],
    ["externalId", { externalId: "A;B" }, 'The external id may not contain ";".'],
  ])("%s: field-level error", (field, change, message) => {
    expect(fieldErrors(competencyFormSchema.safeParse({ ...COMPETENCY, ...change }))[field]).toEqual([message]);
  });
});

describe("role form", () => {
  test("activities keep their order by row number; empty levels mean not required", () => {
    const form = fracRoleFormSchema.parse({
      code: "ROLE-ASO",
      name: "Assistant Section Officer",
      activity_10_description: "Drafts replies",
      activity_10_competencies: [A, B, A],
      activity_2_description: "Examines receipts",
      [`level_${A}`]: "3",
      [`level_${B}`]: "",
    });
    expect(form.activities).toEqual([
      { description: "Examines receipts", competencyIds: [] },
      { description: "Drafts replies", competencyIds: [A, B] },
    ]);
    expect(form.requirements).toEqual([{ competencyId: A, level: 3 }]);
  });

  test("each bad activity and level is reported on its own field", () => {
    const errors = fieldErrors(
      fracRoleFormSchema.safeParse({ code: "", name: "R", activity_4_description: " ", activity_4_competencies: "nope", [`level_${A}`]: "6" }),
    );
    expect(errors).toEqual({
      code: ["Code is missing."],
      activity_4_description: ["Describe the activity, or remove it."],
      activity_4_competencies: ["Choose competencies from the list."],
      [`level_${A}`]: ["Choose a level from 1 to 5."],
    });
  });
});

describe("post form", () => {
  test("one role or several; no organisation is allowed", () => {
    expect(fracPostFormSchema.parse({ code: "POS-1", title: "Post", roleIds: A, organisationId: "" })).toEqual({
      id: undefined,
      code: "POS-1",
      title: "Post",
      description: null,
      organisationId: null,
      roleIds: [A],
    });
    expect(fieldErrors(fracPostFormSchema.safeParse({ code: "POS-1", title: "", roleIds: ["x"] }))).toMatchObject({
      title: ["Title is missing."],
      roleIds: ["Choose roles from the list."],
    });
  });
});

describe("import form", () => {
  const file = (name: string, size = 10) => new File(["x".repeat(size)], name, { type: "text/plain" });

  test("an empty file input is no file; applying needs the dry run's fingerprint", () => {
    expect(fieldErrors(importFormSchema.safeParse({ intent: "preview", mode: "update", files: new File([], "") }))).toEqual({
      files: ["Choose a JSON file or the CSV sheets to import."],
    });
    expect(fieldErrors(importFormSchema.safeParse({ intent: "apply", mode: "update", files: file("framework.json") }))).toEqual({
      fingerprint: ["Run the dry run before applying."],
    });
  });

  test("a new version needs a code and a name; the upload has a size limit", () => {
    expect(fieldErrors(importFormSchema.safeParse({ intent: "preview", mode: "new-version", files: [file("a.csv", 1_000_000)] }))).toEqual({
      files: ["The files are too large to import at once (900 KB in all)."],
      versionCode: ["Give the new version a code."],
      versionName: ["Give the new version a name."],
    });
  });
});
