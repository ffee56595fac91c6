import { stringify } from "csv-stringify/sync";
import { CSV_SHEETS, type CsvSheetName } from "./framework-csv-sheets";
import { LIST_SEPARATOR } from "./field-rules";
import { LEVEL_NUMBERS } from "./framework-document";
import { byCode, byTypeThenName, type FrameworkState, type StateCompetency } from "./framework-state";
import { JSON_FORMAT, JSON_FORMAT_VERSION } from "./parse-framework-json";

// What the export routes write. Import reads the same shapes back, and reading an export changes
// nothing: the round trip is exact (export-framework.test.ts).

export type FrameworkJson = {
  format: typeof JSON_FORMAT;
  formatVersion: typeof JSON_FORMAT_VERSION;
  exportedAt: string;
  framework: { code: string; name: string; description: string | null };
  competencies: {
    externalId: string;
    code: string;
    name: string;
    nameHi: string | null;
    type: StateCompetency["type"];
    area: string;
    description: string;
    levels: { level: number; name: string; descriptor: string }[];
  }[];
  roles: {
    code: string;
    name: string;
    description: string;
    activities: { description: string; competencies: string[] }[];
    requirements: { competency: string; level: number }[];
  }[];
  posts: { code: string; title: string; description: string | null; organisation: string | null; roles: string[] }[];
};

const byKey = <T extends { competency: string }>(a: T, b: T) => (a.competency < b.competency ? -1 : a.competency > b.competency ? 1 : 0);

export function frameworkToJson(state: FrameworkState, exportedAt: Date): FrameworkJson {
  return {
    format: JSON_FORMAT,
    formatVersion: JSON_FORMAT_VERSION,
    exportedAt: exportedAt.toISOString(),
    framework: { code: state.framework.code, name: state.framework.name, description: state.framework.description },
    competencies: [...state.competencies].sort(byTypeThenName).map((competency) => ({
      externalId: competency.key,
      code: competency.code,
      name: competency.name,
      nameHi: competency.nameHi,
      type: competency.type,
      area: competency.area,
      description: competency.description,
      levels: [...competency.levels].sort((a, b) => a.level - b.level).map(({ level, name, descriptor }) => ({ level, name, descriptor })),
    })),
    roles: [...state.roles].sort(byCode).map((role) => ({
      code: role.code,
      name: role.name,
      description: role.description,
      activities: role.activities.map((activity) => ({ description: activity.description, competencies: [...activity.competencies] })),
      requirements: [...role.requirements].sort(byKey).map(({ competency, level }) => ({ competency, level })),
    })),
    posts: [...state.posts].sort(byCode).map((post) => ({
      code: post.code,
      title: post.title,
      description: post.description,
      organisation: post.organisation,
      roles: [...post.roles].sort(),
    })),
  };
}

type Cell = string | number | null;

function sheetRows(state: FrameworkState, sheet: CsvSheetName): Cell[][] {
  switch (sheet) {
    case "competencies":
      return [...state.competencies].sort(byTypeThenName).map((competency) => {
        const levels = new Map(competency.levels.map((level) => [level.level, level]));
        return [
          competency.key,
          competency.code,
          competency.name,
          competency.nameHi,
          competency.type,
          competency.area,
          competency.description,
          ...LEVEL_NUMBERS.flatMap((level) => [levels.get(level)?.name ?? "", levels.get(level)?.descriptor ?? ""]),
        ];
      });
    case "roles":
      return [...state.roles].sort(byCode).map((role) => [role.code, role.name, role.description]);
    case "activities":
      return [...state.roles].sort(byCode).flatMap((role) =>
        role.activities.map((activity, index) => [role.code, index + 1, activity.description, activity.competencies.join(`${LIST_SEPARATOR} `)]),
      );
    case "requirements":
      return [...state.roles]
        .sort(byCode)
        .flatMap((role) => [...role.requirements].sort(byKey).map((requirement) => [role.code, requirement.competency, requirement.level]));
    case "posts":
      return [...state.posts]
        .sort(byCode)
        .map((post) => [post.code, post.title, post.description, post.organisation, [...post.roles].sort().join(`${LIST_SEPARATOR} `)]);
    case "mapping":
      return [];
  }
}

/**
 * One sheet as CSV: UTF-8 with a byte-order mark (so spreadsheets read Hindi names correctly),
 * CRLF rows, and formula-like cells neutralised — import undoes that quote again.
 */
export function frameworkSheetToCsv(state: FrameworkState, sheet: CsvSheetName): string {
  const rows = [[...CSV_SHEETS[sheet].columns], ...sheetRows(state, sheet)];
  return stringify(rows.map((row) => row.map((cell) => (cell === null ? "" : String(cell)))), {
    bom: true,
    escape_formulas: true,
    record_delimiter: "windows",
    // Rows end in CRLF, so a bare "\n" inside a descriptor would not be quoted on its own.
    quoted_match: /[\r\n]/,
  });
}
