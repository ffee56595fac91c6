import { LEVEL_NUMBERS } from "./framework-document";

// The CSV form of a framework: one file per sheet, so each opens as a plain table in a
// spreadsheet. Export writes these columns in this order; import matches them by name (any case,
// spaces or hyphens for underscores) and reports any column it does not know.

export const LEVEL_COLUMNS = LEVEL_NUMBERS.flatMap((level) => [`level_${level}_name`, `level_${level}_descriptor`]);

export const CSV_SHEETS = {
  competencies: {
    file: "competencies.csv",
    columns: ["external_id", "code", "name", "name_hi", "type", "area", "description", ...LEVEL_COLUMNS],
    required: ["external_id"],
  },
  roles: { file: "roles.csv", columns: ["code", "name", "description"], required: ["code"] },
  activities: {
    file: "activities.csv",
    columns: ["role_code", "position", "description", "competency_ids"],
    required: ["role_code", "position", "description", "competency_ids"],
  },
  requirements: {
    file: "role-requirements.csv",
    columns: ["role_code", "competency_id", "required_level"],
    required: ["role_code", "competency_id", "required_level"],
  },
  posts: {
    file: "posts.csv",
    columns: ["code", "title", "description", "organisation_code", "role_codes"],
    required: ["code"],
  },
  mapping: {
    file: "mapping.csv",
    columns: ["old_competency_id", "new_competency_id"],
    required: ["old_competency_id", "new_competency_id"],
  },
} as const satisfies Record<string, { file: string; columns: readonly string[]; required: readonly string[] }>;

export type CsvSheetName = keyof typeof CSV_SHEETS;

export const CSV_SHEET_NAMES = Object.keys(CSV_SHEETS) as CsvSheetName[];

/** The sheets a full export consists of (the mapping is written by hand for a new version). */
export const EXPORT_SHEET_NAMES: readonly CsvSheetName[] = ["competencies", "roles", "activities", "requirements", "posts"];

/** "External ID", "external-id" and "external_id" are one column. */
export function normaliseColumnName(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

/**
 * The sheet a file holds, by its name: "competencies.csv", "Competencies (1).csv" and
 * "frac-competencies.csv" are all the competencies sheet.
 */
export function sheetForFileName(fileName: string): CsvSheetName | undefined {
  const stem = (fileName.split(/[\\/]/).pop() ?? "")
    .toLowerCase()
    .replace(/\.csv$/, "")
    .replace(/\s*\(\d+\)$/, "");
  const matches = CSV_SHEET_NAMES.filter((sheet) => {
    const own = CSV_SHEETS[sheet].file.replace(/\.csv$/, "");
    return stem === own || stem.endsWith(`-${own}`) || stem.endsWith(`_${own}`);
  });
  // "role-requirements" also ends in "requirements": prefer the longest (most specific) name.
  return matches.sort((a, b) => CSV_SHEETS[b].file.length - CSV_SHEETS[a].file.length)[0];
}

/** The sheet whose required columns a header carries, when the file name does not say. */
export function sheetForHeader(columns: readonly string[]): CsvSheetName | undefined {
  const present = new Set(columns.map(normaliseColumnName));
  const candidates = CSV_SHEET_NAMES.filter((sheet) => CSV_SHEETS[sheet].required.every((column) => present.has(column)));
  const score = (sheet: CsvSheetName) => (CSV_SHEETS[sheet].columns as readonly string[]).filter((column) => present.has(column)).length;
  return candidates.sort((a, b) => score(b) - score(a))[0];
}
