import { COMPETENCY_TYPES, type CompetencyTypeName } from "@/lib/domain/catalogue/catalogue-labels";

// The competency framework as an import file states it, whatever its format (JSON or CSV).
//
// A field left out (a missing JSON key, a missing CSV column) leaves an existing record's value
// as it is and takes the default on a new record; a field given empty sets it empty, or is an
// error where the field is required. So a file that carries only some columns cannot wipe the
// others by accident.

export { COMPETENCY_TYPES, type CompetencyTypeName };

export const LEVEL_NUMBERS = [1, 2, 3, 4, 5] as const;
export const MIN_LEVEL = 1;
export const MAX_LEVEL = 5;

/** The five proficiency levels' names when a framework publishes no descriptors of its own. */
export const GENERIC_LEVEL_NAMES = ["Awareness", "Basic application", "Proficient", "Advanced", "Expert"] as const;

export type LevelDescriptor = { level: number; name: string; descriptor: string };

/** Generic names and one-line descriptors for a competency published without level descriptors. */
export function genericLevels(competencyName: string): LevelDescriptor[] {
  return GENERIC_LEVEL_NAMES.map((name, index) => ({
    level: index + 1,
    name,
    descriptor: `${name} in ${competencyName.toLowerCase()}.`,
  }));
}

/**
 * Where a record came from: the file, and the spreadsheet row (header = 1) or JSON item number;
 * `at` places a nested JSON record inside its item ("requirements[2]").
 */
export type RowRef = { file: string; row: number | null; at?: string };

export type CompetencyRecord = {
  ref: RowRef;
  externalId: string;
  code?: string;
  name?: string;
  nameHi?: string | null;
  type?: CompetencyTypeName;
  area?: string;
  description?: string;
  levels?: LevelDescriptor[];
};

export type RoleRecord = { ref: RowRef; code: string; name?: string; description?: string };

/** Competencies are named by their external id within the framework. */
export type ActivityRow = { ref: RowRef; roleCode: string; position: number; description: string; competencies: string[] };

export type RequirementRow = { ref: RowRef; roleCode: string; competency: string; level: number };

export type PostRecord = {
  ref: RowRef;
  code: string;
  title?: string;
  description?: string | null;
  organisation?: string | null;
  roles?: string[];
};

/** An old competency (external id in the active framework) and its successor in the new one. */
export type MappingRow = { ref: RowRef; from: string; to: string };

/**
 * Activities and requirements are stated in full for `roleCodes`: the roles of the file that
 * carry them. Those roles get exactly these rows; other roles keep theirs.
 */
export type RoleRowsSection<T> = { roleCodes: string[]; rows: T[] };

export type FrameworkDocument = {
  framework?: { code?: string; name?: string; description?: string | null };
  competencies?: CompetencyRecord[];
  roles?: RoleRecord[];
  activities?: RoleRowsSection<ActivityRow>;
  requirements?: RoleRowsSection<RequirementRow>;
  posts?: PostRecord[];
  mapping?: MappingRow[];
};

export type IssueSeverity = "error" | "warning";

/** One problem with the file, precise enough to fix it: which file, row and field, and why. */
export type ImportIssue = {
  severity: IssueSeverity;
  file: string;
  row: number | null;
  field: string | null;
  message: string;
};

export function issueAt(ref: RowRef, field: string | null, message: string, severity: IssueSeverity = "error"): ImportIssue {
  const located = ref.at ? (field ? `${ref.at}.${field}` : ref.at) : field;
  return { severity, file: ref.file, row: ref.row, field: located, message };
}

export function hasErrors(issues: readonly ImportIssue[]): boolean {
  return issues.some((issue) => issue.severity === "error");
}

/** Files first, then rows in order, so the report reads like the file. */
export function sortIssues(issues: readonly ImportIssue[]): ImportIssue[] {
  return [...issues].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.row ?? 0) - (b.row ?? 0) || (a.field ?? "").localeCompare(b.field ?? "") ||
      a.message.localeCompare(b.message),
  );
}
