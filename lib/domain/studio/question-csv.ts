import { parse } from "csv-parse/sync";
import { unescapeFormula } from "@/lib/domain/framework/field-rules";
import { toCsv, type CsvColumn } from "@/lib/domain/reports/csv";
import { checkQuestion, QUESTION_LIMITS, type CompetencyLookup, type QuestionDraft, type QuestionErrors, type QuestionField, type RawQuestion } from "./question-rules";

// A question bank as CSV: one row per question. The export writes every column; an import needs
// only type, prompt and correct (plus the options a choice question offers). A row with an id
// names a live question of the same bank and edits it; a row without one adds a question. So an
// export re-imported as it is changes nothing, and the same file can carry edits and additions.

export const OPTION_COLUMNS = Array.from({ length: QUESTION_LIMITS.maxOptions }, (_, index) => `option_${index + 1}`);
export const QUESTION_CSV_COLUMNS = ["id", "type", "prompt", ...OPTION_COLUMNS, "correct", "points", "explanation", "competency", "level"] as const;
const REQUIRED_COLUMNS = ["type", "prompt", "correct"] as const;

/** Stated on the import form; server actions accept bodies of 1 MB, and a bank this size is already large. */
export const MAX_QUESTION_CSV_BYTES = 512 * 1024;
export const MAX_QUESTION_CSV_ROWS = 1_000;

/** Separates the numbers of the correct options in one cell ("1;3"). */
const CORRECT_SEPARATOR = ";";

export type CsvRowError = { column: string; message: string };

export type CsvQuestionRow =
  | { row: number; id: string | null; ok: true; question: QuestionDraft }
  | { row: number; id: string | null; ok: false; prompt: string; errors: CsvRowError[] };

export type ParsedQuestionCsv = {
  rows: CsvQuestionRow[];
  /** Columns this format does not know; their values are not imported. */
  unknownColumns: string[];
  /** Problems with the file as a whole; when there are any, no row is read. */
  fileErrors: string[];
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The CSV column an error of each field is reported under. */
const COLUMN_OF: Record<QuestionField, string> = {
  type: "type",
  prompt: "prompt",
  explanation: "explanation",
  points: "points",
  competency: "competency",
  level: "level",
  options: "option_1…option_8",
  correct: "correct",
};

function normaliseColumn(name: string): string {
  return name.trim().toLowerCase().replace(/[\s-]+/g, "_");
}

/** "1;3" → [1, 3]; for a true/false question "true" and "false" name the option too. */
function readCorrect(cell: string): { ok: true; numbers: number[] } | { ok: false; message: string } {
  const tokens = cell
    .split(/[;,\s]+/)
    .map((token) => token.trim().toLowerCase())
    .filter((token) => token !== "");
  const numbers: number[] = [];
  for (const token of tokens) {
    const number = token === "true" ? 1 : token === "false" ? 2 : /^\d+$/.test(token) ? Number(token) : NaN;
    if (!Number.isInteger(number) || number < 1 || number > QUESTION_LIMITS.maxOptions) {
      return { ok: false, message: `“${token}” is not an option number from 1 to ${QUESTION_LIMITS.maxOptions}; list the correct options like 1;3.` };
    }
    numbers.push(number);
  }
  if (numbers.length === 0) return { ok: false, message: "Name the correct option numbers, like 2 or 1;3." };
  return { ok: true, numbers };
}

function readRow(row: number, cells: ReadonlyMap<string, string>, findCompetency: CompetencyLookup): CsvQuestionRow {
  const cell = (column: string) => unescapeFormula(cells.get(column) ?? "");
  const idText = cell("id").trim();
  const id = idText === "" ? null : idText;
  const errors: CsvRowError[] = [];
  if (id !== null && !UUID.test(id)) errors.push({ column: "id", message: "The id is not one this portal wrote; clear it to add the row as a new question." });

  const correct = readCorrect(cell("correct"));
  if (!correct.ok) errors.push({ column: "correct", message: correct.message });
  const correctNumbers = new Set(correct.ok ? correct.numbers : []);
  const raw: RawQuestion = {
    type: cell("type"),
    prompt: cell("prompt"),
    explanation: cell("explanation"),
    points: cell("points"),
    competency: cell("competency"),
    level: cell("level"),
    options: OPTION_COLUMNS.map((column, index) => ({ label: cell(column), isCorrect: correctNumbers.has(index + 1) })),
  };
  const check = checkQuestion(raw, findCompetency);
  if (!check.ok) {
    for (const [field, message] of Object.entries(check.errors as Required<QuestionErrors>)) {
      // The correct cell's own complaint says more than the rule's "mark one" that follows from it.
      if (field === "correct" && !correct.ok) continue;
      errors.push({ column: COLUMN_OF[field as QuestionField], message });
    }
  }
  if (errors.length > 0 || !check.ok) return { row, id, ok: false, prompt: raw.prompt.trim(), errors };
  return { row, id, ok: true, question: check.question };
}

/** Reads a question CSV and checks every row; never throws on what a user uploads. */
export function parseQuestionCsv(text: string, findCompetency: CompetencyLookup): ParsedQuestionCsv {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    const detail = error instanceof Error ? error.message : "it is not valid CSV";
    return { rows: [], unknownColumns: [], fileErrors: [`The file could not be read as CSV: ${detail}`] };
  }
  const [header = [], ...body] = records;
  const columns = header.map(normaliseColumn);
  const known = new Set<string>(QUESTION_CSV_COLUMNS);
  const fileErrors: string[] = [];
  const unknownColumns = header.filter((_, index) => columns[index] !== "" && !known.has(columns[index] ?? ""));
  const duplicated = columns.filter((column, index) => known.has(column) && columns.indexOf(column) !== index);
  for (const column of new Set(duplicated)) fileErrors.push(`Column “${column}” appears twice.`);
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.includes(column));
  if (missing.length > 0) fileErrors.push(`The first row must name the columns; missing: ${missing.join(", ")}.`);

  const dataRows = body.map((cells, index) => ({ row: index + 2, cells })).filter(({ cells }) => cells.some((value) => value.trim() !== ""));
  if (dataRows.length === 0 && missing.length === 0) fileErrors.push("The file has no questions below its header row.");
  if (dataRows.length > MAX_QUESTION_CSV_ROWS) fileErrors.push(`The file has ${dataRows.length} questions; import at most ${MAX_QUESTION_CSV_ROWS} at a time.`);
  if (fileErrors.length > 0) return { rows: [], unknownColumns, fileErrors };

  const rows = dataRows.map(({ row, cells }) => {
    const byColumn = new Map<string, string>();
    columns.forEach((column, position) => {
      if (known.has(column) && !byColumn.has(column)) byColumn.set(column, cells[position] ?? "");
    });
    return readRow(row, byColumn, findCompetency);
  });
  // The same id twice would edit one question twice from one file.
  const seen = new Map<string, number>();
  const checked = rows.map((row): CsvQuestionRow => {
    if (row.id === null) return row;
    const first = seen.get(row.id.toLowerCase());
    if (first === undefined) {
      seen.set(row.id.toLowerCase(), row.row);
      return row;
    }
    const error = { column: "id", message: `Row ${first} already edits this question.` };
    return row.ok ? { row: row.row, id: row.id, ok: false, prompt: row.question.prompt, errors: [error] } : { ...row, errors: [...row.errors, error] };
  });
  return { rows: checked, unknownColumns, fileErrors: [] };
}

export type ExportedQuestion = QuestionDraft & { id: string; competencyCode: string | null };

const optionColumn = (index: number): CsvColumn<ExportedQuestion> => ({
  header: `option_${index + 1}`,
  // A true/false question's options are fixed, but writing them keeps the file readable.
  value: (question) => question.options[index]?.label ?? "",
});

const EXPORT_COLUMNS: CsvColumn<ExportedQuestion>[] = [
  { header: "id", value: (question) => question.id },
  { header: "type", value: (question) => question.type },
  { header: "prompt", value: (question) => question.prompt },
  ...OPTION_COLUMNS.map((_, index) => optionColumn(index)),
  {
    header: "correct",
    value: (question) =>
      question.options
        .flatMap((option, index) => (option.isCorrect ? [String(index + 1)] : []))
        .join(CORRECT_SEPARATOR),
  },
  { header: "points", value: (question) => question.points },
  { header: "explanation", value: (question) => question.explanation },
  { header: "competency", value: (question) => question.competencyCode },
  { header: "level", value: (question) => question.level },
];

/** The bank as CSV (formula-like cells neutralised, as every export of the portal). */
export function questionBankCsv(questions: readonly ExportedQuestion[]): string {
  return toCsv(EXPORT_COLUMNS, questions);
}
