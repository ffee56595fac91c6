import { describe, expect, test } from "vitest";
import { countChanges } from "./diff-framework-state";
import { frameworkSheetToCsv, frameworkToJson } from "./export-framework";
import { EXPORT_SHEET_NAMES, CSV_SHEETS } from "./framework-csv-sheets";
import { parseImportFiles, type UploadedFile } from "./parse-import-files";
import { planFrameworkImport } from "./plan-framework-import";
import { sampleSnapshot } from "./sample-framework.fixture";

const EXPORTED_AT = new Date("2026-11-30T06:00:00Z");

function planFor(files: UploadedFile[]) {
  const snapshot = sampleSnapshot();
  const { document, issues } = parseImportFiles(files);
  return planFrameworkImport({ document, readIssues: issues, snapshot, mode: "update", frameworkCodes: ["FRAC-2021"] });
}

function jsonExport(): string {
  return JSON.stringify(frameworkToJson(sampleSnapshot(), EXPORTED_AT), null, 2);
}

function csvExport(): UploadedFile[] {
  return EXPORT_SHEET_NAMES.map((sheet) => ({ name: CSV_SHEETS[sheet].file, text: frameworkSheetToCsv(sampleSnapshot(), sheet) }));
}

describe("round trip", () => {
  test("re-importing the JSON export changes nothing", () => {
    const plan = planFor([{ name: "framework.json", text: jsonExport() }]);
    expect(plan.issues).toEqual([]);
    expect(countChanges(plan.changes)).toBe(0);
    expect(plan.changes.competencies.unchanged).toBe(3);
    expect(plan.changes.roles.unchanged).toBe(2);
    expect(plan.changes.posts.unchanged).toBe(2);
  });

  test("re-importing the CSV export changes nothing, formula guards and line breaks included", () => {
    const files = csvExport();
    const competencies = files.find((file) => file.name === "competencies.csv")?.text ?? "";
    // The exported cells were neutralised for spreadsheets…
    expect(competencies).toContain("\"'- declares conflicts of interest\n- records reasons\"");
    expect(competencies).toContain("'=Applies the RTI Act");
    expect(competencies.startsWith("\uFEFF")).toBe(true);
    // …and read back as they were.
    const plan = planFor(files);
    expect(plan.issues).toEqual([]);
    expect(countChanges(plan.changes)).toBe(0);
    expect(plan.changes.removedRequirements).toEqual([]);
  });

  test("editing one descriptor in the JSON changes exactly that descriptor", () => {
    const json = JSON.parse(jsonExport()) as ReturnType<typeof frameworkToJson>;
    const noting = json.competencies.find((competency) => competency.externalId === "FUN-NOTING");
    const level = noting?.levels.find((entry) => entry.level === 3);
    if (!level) throw new Error("fixture lacks FUN-NOTING level 3");
    level.descriptor = "Drafts Cabinet notes unaided.";
    const plan = planFor([{ name: "framework.json", text: JSON.stringify(json) }]);
    expect(countChanges(plan.changes)).toBe(1);
    expect(plan.changes.competencies.updated).toEqual([
      {
        key: "FUN-NOTING",
        label: "Noting and Drafting",
        changes: [{ field: "level 3 descriptor", before: "Shows noting at level 3.", after: "Drafts Cabinet notes unaided." }],
      },
    ]);
  });

  test("editing one cell in the CSV changes exactly that field", () => {
    const files = csvExport().map((file) =>
      file.name === "role-requirements.csv" ? { ...file, text: file.text.replace("ROLE-CPIO,DOM-RTI,3", "ROLE-CPIO,DOM-RTI,4") } : file,
    );
    const plan = planFor(files);
    expect(countChanges(plan.changes)).toBe(1);
    expect(plan.changes.roles.updated[0]).toMatchObject({ key: "ROLE-CPIO", changes: [{ field: "requirement DOM-RTI", before: "level 3", after: "level 4" }] });
  });
});
