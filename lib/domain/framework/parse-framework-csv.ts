import { parse } from "csv-parse/sync";
import { CSV_SHEETS, normaliseColumnName, sheetForFileName, sheetForHeader, type CsvSheetName } from "./framework-csv-sheets";
import { unescapeFormula, splitList } from "./field-rules";
import {
  LEVEL_NUMBERS,
  issueAt,
  type ActivityRow,
  type FrameworkDocument,
  type ImportIssue,
  type RequirementRow,
} from "./framework-document";
import { readActivity, readCompetency, readMapping, readPost, readRequirement, readRole, type RawLevel, type Reader } from "./read-records";

export type CsvFile = { name: string; text: string };

type Table = { header: string[]; rows: { row: number; cells: Map<string, string> }[] };

// The CSV column each logical field of read-records.ts is read from; the rest share their name.
const COLUMN_OF: Record<string, string> = {
  externalId: "external_id",
  nameHi: "name_hi",
  roleCode: "role_code",
  competencies: "competency_ids",
  competency: "competency_id",
  level: "required_level",
  organisation: "organisation_code",
  roles: "role_codes",
  from: "old_competency_id",
  to: "new_competency_id",
};

/** The CSV column a logical field is read from, for issue messages. */
export function csvColumnName(field: string): string {
  const level = /^level(\d+)(?:\.(name|descriptor))?$/.exec(field);
  if (level) return level[2] ? `level_${level[1]}_${level[2]}` : `level_${level[1]}_name`;
  return COLUMN_OF[field] ?? field;
}

/** Reads the rows of one file into a table keyed by known column; reports what it cannot use. */
function readTable(file: CsvFile, sheet: CsvSheetName, records: string[][], issues: ImportIssue[]): Table | undefined {
  const [header = [], ...body] = records;
  const known = new Set<string>(CSV_SHEETS[sheet].columns);
  const columns = header.map(normaliseColumnName);
  const fileRef = { file: file.name, row: 1 };
  const seen = new Set<string>();
  columns.forEach((column, index) => {
    if (column === "") return;
    if (!known.has(column)) {
      issues.push(issueAt(fileRef, header[index] ?? column, `Column "${header[index]}" is not part of ${CSV_SHEETS[sheet].file}; its values are not imported.`, "warning"));
    } else if (seen.has(column)) {
      issues.push(issueAt(fileRef, column, `Column "${column}" appears twice.`));
    }
    seen.add(column);
  });
  const missing = CSV_SHEETS[sheet].required.filter((column) => !seen.has(column));
  for (const column of missing) issues.push(issueAt(fileRef, column, `Required column "${column}" is missing.`));
  if (missing.length > 0) return undefined;

  const rows: Table["rows"] = [];
  body.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === "")) return;
    const row = index + 2;
    if (cells.length > columns.length && cells.slice(columns.length).some((cell) => cell.trim() !== "")) {
      issues.push(issueAt({ file: file.name, row }, null, "The row has more cells than the header has columns."));
    }
    const map = new Map<string, string>();
    columns.forEach((column, position) => {
      if (known.has(column) && !map.has(column)) map.set(column, unescapeFormula(cells[position] ?? ""));
    });
    rows.push({ row, cells: map });
  });
  return { header: columns, rows };
}

function parseRecords(file: CsvFile, issues: ImportIssue[]): string[][] | undefined {
  try {
    return parse(file.text, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    const detail = error instanceof Error ? error.message : "it is not valid CSV";
    issues.push(issueAt({ file: file.name, row: null }, null, `The file could not be read as CSV: ${detail}`));
    return undefined;
  }
}

/**
 * One or more CSV sheets (see framework-csv-sheets.ts) → the document they state together.
 * Which sheet a file is comes from its name, or failing that its header.
 */
export function parseFrameworkCsv(files: readonly CsvFile[]): { document: FrameworkDocument; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const tables = new Map<CsvSheetName, { file: CsvFile; table: Table }>();

  for (const file of files) {
    const records = parseRecords(file, issues);
    if (!records) continue;
    const sheet = sheetForFileName(file.name) ?? sheetForHeader(records[0] ?? []);
    if (!sheet) {
      issues.push(
        issueAt({ file: file.name, row: null }, null, `Not a framework sheet: name the file after one of ${Object.values(CSV_SHEETS).map((s) => s.file).join(", ")}.`),
      );
      continue;
    }
    const previous = tables.get(sheet);
    if (previous) {
      issues.push(issueAt({ file: file.name, row: null }, null, `${CSV_SHEETS[sheet].file} was already given as ${previous.file.name}.`));
      continue;
    }
    const table = readTable(file, sheet, records, issues);
    if (table) tables.set(sheet, { file, table });
  }

  const document: FrameworkDocument = {};
  const readerFor = (file: CsvFile, row: number): Reader => ({ issues, ref: { file: file.name, row }, fieldName: csvColumnName });
  const each = <T>(sheet: CsvSheetName, read: (cells: Map<string, string>, reader: Reader) => T | undefined): T[] | undefined => {
    const entry = tables.get(sheet);
    if (!entry) return undefined;
    return entry.table.rows.flatMap(({ row, cells }) => {
      const record = read(cells, readerFor(entry.file, row));
      return record === undefined ? [] : [record];
    });
  };

  const hasLevels = tables.get("competencies")?.table.header.some((column) => column.startsWith("level_")) ?? false;
  document.competencies = each("competencies", (cells, reader) =>
    readCompetency(
      {
        externalId: cells.get("external_id"),
        code: cells.get("code"),
        name: cells.get("name"),
        nameHi: cells.get("name_hi"),
        type: cells.get("type"),
        area: cells.get("area"),
        description: cells.get("description"),
        levels: hasLevels
          ? LEVEL_NUMBERS.map((level): RawLevel => ({
              level,
              name: cells.get(`level_${level}_name`) ?? "",
              descriptor: cells.get(`level_${level}_descriptor`) ?? "",
            }))
          : undefined,
      },
      reader,
    ),
  );
  document.roles = each("roles", (cells, reader) =>
    readRole({ code: cells.get("code"), name: cells.get("name"), description: cells.get("description") }, reader),
  );
  const activities = each("activities", (cells, reader) =>
    readActivity(
      {
        roleCode: cells.get("role_code"),
        position: cells.get("position"),
        description: cells.get("description"),
        competencies: splitList(cells.get("competency_ids") ?? ""),
      },
      reader,
    ),
  );
  const requirements = each("requirements", (cells, reader) =>
    readRequirement({ roleCode: cells.get("role_code"), competency: cells.get("competency_id"), level: cells.get("required_level") }, reader),
  );
  document.posts = each("posts", (cells, reader) =>
    readPost(
      {
        code: cells.get("code"),
        title: cells.get("title"),
        description: cells.get("description"),
        organisation: cells.get("organisation_code"),
        roles: cells.has("role_codes") ? splitList(cells.get("role_codes") ?? "") : undefined,
      },
      reader,
    ),
  );
  document.mapping = each("mapping", (cells, reader) =>
    readMapping({ from: cells.get("old_competency_id"), to: cells.get("new_competency_id") }, reader),
  );

  // A role listed in roles.csv has exactly the activities and requirements the other sheets give
  // it (none, if they give none): that is how a row is removed.
  const roleCodes = (document.roles ?? []).map((role) => role.code);
  if (activities) document.activities = { roleCodes: coveredRoles(roleCodes, activities), rows: activities };
  if (requirements) document.requirements = { roleCodes: coveredRoles(roleCodes, requirements), rows: requirements };

  for (const key of Object.keys(document) as (keyof FrameworkDocument)[]) if (document[key] === undefined) delete document[key];
  return { document, issues };
}

function coveredRoles(roleCodes: readonly string[], rows: readonly (ActivityRow | RequirementRow)[]): string[] {
  return [...new Set([...roleCodes, ...rows.map((row) => row.roleCode)])];
}
