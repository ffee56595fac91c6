import { describe, expect, test } from "vitest";
import { sheetForFileName, sheetForHeader } from "./framework-csv-sheets";
import { parseFrameworkCsv } from "./parse-framework-csv";

describe("which sheet a file is", () => {
  test.each([
    ["competencies.csv", "competencies"],
    ["Competencies (1).csv", "competencies"],
    ["frac-2021-competencies.csv", "competencies"],
    ["role-requirements.csv", "requirements"],
    ["C:\\Downloads\\posts.csv", "posts"],
    ["roles.csv", "roles"],
    ["notes.csv", undefined],
  ])("%s → %s", (name, sheet) => {
    expect(sheetForFileName(name)).toBe(sheet);
  });

  test("a renamed file is known by its header", () => {
    expect(sheetForHeader(["Role code", "Competency ID", "Required level"])).toBe("requirements");
    expect(sheetForHeader(["code", "name", "description"])).toBe("roles");
    expect(sheetForHeader(["code", "title", "organisation_code"])).toBe("posts");
    expect(sheetForHeader(["something"])).toBeUndefined();
  });
});

describe("reading CSV sheets", () => {
  test("a real framework's sheet without codes or levels reads as given, headers in any case", () => {
    const { document, issues } = parseFrameworkCsv([
      {
        name: "kcm-competencies.csv",
        text: "External ID,Name,Type,Area,Description\nKCM-B1,Integrity and ethics,Behavioral,Values,Acts with integrity.\n\nKCM-F1,\"Noting, drafting\",functional,Office,\n",
      },
    ]);
    expect(issues).toEqual([]);
    expect(document.competencies).toEqual([
      { ref: { file: "kcm-competencies.csv", row: 2 }, externalId: "KCM-B1", name: "Integrity and ethics", type: "BEHAVIOURAL", area: "Values", description: "Acts with integrity." },
      { ref: { file: "kcm-competencies.csv", row: 4 }, externalId: "KCM-F1", name: "Noting, drafting", type: "FUNCTIONAL", area: "Office", description: "" },
    ]);
  });

  test("level columns: an empty name takes the generic one; all empty means none given", () => {
    const header = "external_id,name,type,area,level_1_name,level_1_descriptor,level_2_name,level_2_descriptor,level_3_name,level_3_descriptor,level_4_name,level_4_descriptor,level_5_name,level_5_descriptor";
    const { document } = parseFrameworkCsv([
      { name: "competencies.csv", text: `${header}\nA,Alpha,DOMAIN,X,,Knows of it,,,Does it,Does it well,,,,\nB,Beta,DOMAIN,X,,,,,,,,,,\n` },
    ]);
    expect(document.competencies?.[0]?.levels).toEqual([
      { level: 1, name: "Awareness", descriptor: "Knows of it" },
      { level: 2, name: "Basic application", descriptor: "" },
      { level: 3, name: "Does it", descriptor: "Does it well" },
      { level: 4, name: "Advanced", descriptor: "" },
      { level: 5, name: "Expert", descriptor: "" },
    ]);
    expect(document.competencies?.[1]?.levels).toBeUndefined();
  });

  test("unknown columns are reported, not silently dropped; missing required columns refuse the sheet", () => {
    const { document, issues } = parseFrameworkCsv([
      { name: "roles.csv", text: "code,name,description,owner\nROLE-A,Role A,,Ravi\n" },
      { name: "role-requirements.csv", text: "role_code,competency_id\nROLE-A,X\n" },
    ]);
    expect(issues).toEqual([
      { severity: "warning", file: "roles.csv", row: 1, field: "owner", message: 'Column "owner" is not part of roles.csv; its values are not imported.' },
      { severity: "error", file: "role-requirements.csv", row: 1, field: "required_level", message: 'Required column "required_level" is missing.' },
    ]);
    expect(document.roles).toEqual([{ ref: { file: "roles.csv", row: 2 }, code: "ROLE-A", name: "Role A", description: "" }]);
    expect(document.requirements).toBeUndefined();
  });

  test("a role in roles.csv with no rows in the requirements sheet is stated to have none", () => {
    const { document } = parseFrameworkCsv([
      { name: "roles.csv", text: "code,name\nROLE-A,A\nROLE-B,B\n" },
      { name: "role-requirements.csv", text: "role_code,competency_id,required_level\nROLE-A,X,2\n" },
    ]);
    expect(document.requirements?.roleCodes).toEqual(["ROLE-A", "ROLE-B"]);
    expect(document.activities).toBeUndefined();
  });

  test("broken CSV, unknown files and a sheet given twice are reported", () => {
    const { issues } = parseFrameworkCsv([
      { name: "posts.csv", text: 'code,title\n"POS-1,Unclosed\n' },
      { name: "budget.csv", text: "head,amount\nX,1\n" },
      { name: "roles.csv", text: "code,name\nR,R\n" },
      { name: "frac-roles.csv", text: "code,name\nS,S\n" },
    ]);
    expect(issues.map((issue) => [issue.file, issue.message.split(":")[0]])).toEqual([
      ["posts.csv", "The file could not be read as CSV"],
      ["budget.csv", "Not a framework sheet"],
      ["frac-roles.csv", "roles.csv was already given as roles.csv."],
    ]);
  });

  test("lists in one cell: activities' competency ids and posts' role codes", () => {
    const { document, issues } = parseFrameworkCsv([
      { name: "activities.csv", text: "role_code,position,description,competency_ids\nROLE-A,1,Drafts notes,FUN-NOTING; BEH-INTEGRITY\nROLE-A,2,Files,\n" },
      { name: "posts.csv", text: "code,title,organisation_code,role_codes\nPOS-1,Post,,ROLE-A;ROLE-B\n" },
    ]);
    expect(issues).toEqual([]);
    expect(document.activities?.rows.map((row) => row.competencies)).toEqual([["FUN-NOTING", "BEH-INTEGRITY"], []]);
    expect(document.posts).toEqual([{ ref: { file: "posts.csv", row: 2 }, code: "POS-1", title: "Post", organisation: null, roles: ["ROLE-A", "ROLE-B"] }]);
  });
});
