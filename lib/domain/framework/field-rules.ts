import { COMPETENCY_TYPES, MAX_LEVEL, MIN_LEVEL, type CompetencyTypeName } from "./framework-document";

// How one value of an import file (a CSV cell or a JSON value) becomes a field, or the reason it
// cannot. The same rules serve both formats, so a file says the same thing in either.

export type FieldResult<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const no = <T>(message: string): FieldResult<T> => ({ ok: false, message });

export const MAX_LENGTHS = {
  code: 64,
  externalId: 100,
  name: 200,
  area: 100,
  description: 5000,
  levelName: 100,
  levelDescriptor: 2000,
  activity: 1000,
} as const;

/** Separates the items of a list in one CSV cell ("FUN-HR; FUN-NOTING"). */
export const LIST_SEPARATOR = ";";

// Letters, digits and a few separators: codes travel in URLs and file names.
const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * Spreadsheets turn a cell starting with = + - @ tab or CR into a formula, so exports prefix such
 * cells with a quote (escape_formulas). Reading it back drops that quote, or a descriptor that
 * starts with "-" would come back changed.
 */
export function unescapeFormula(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** Line endings as one "\n" (spreadsheets write "\r\n" inside cells) and no edge whitespace. */
export function cleanText(value: string): string {
  return value.replace(/\r\n?/g, "\n").trim();
}

function asText(value: unknown): string | undefined {
  if (typeof value === "string") return cleanText(value);
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

export function readRequiredText(value: unknown, label: string, maxLength: number): FieldResult<string> {
  if (value !== null && value !== undefined && typeof value !== "string" && typeof value !== "number") return no(`${label} must be text.`);
  const text = asText(value) ?? "";
  if (text === "") return no(`${label} is missing.`);
  if (text.length > maxLength) return no(`${label} is longer than ${maxLength} characters.`);
  if (CONTROL_CHARACTERS.test(text)) return no(`${label} contains control characters.`);
  return ok(text);
}

/** Empty text is a value here: it clears the field. */
export function readOptionalText(value: unknown, label: string, maxLength: number): FieldResult<string> {
  if (value === null || value === undefined) return ok("");
  const result = readRequiredText(value, label, maxLength);
  if (!result.ok && result.message === `${label} is missing.`) return ok("");
  return result;
}

export function readCode(value: unknown, label: string): FieldResult<string> {
  const text = readRequiredText(value, label, MAX_LENGTHS.code);
  if (!text.ok) return text;
  if (!CODE_PATTERN.test(text.value)) return no(`${label} "${text.value}" may hold only letters, digits and . _ / - (no spaces).`);
  return text;
}

export function readExternalId(value: unknown, label = "External id"): FieldResult<string> {
  const text = readRequiredText(value, label, MAX_LENGTHS.externalId);
  if (!text.ok) return text;
  if (text.value.includes(LIST_SEPARATOR)) return no(`${label} "${text.value}" may not contain "${LIST_SEPARATOR}", which separates lists.`);
  return text;
}

const TYPE_SPELLINGS: Record<string, CompetencyTypeName> = {
  BEHAVIOURAL: "BEHAVIOURAL",
  BEHAVIORAL: "BEHAVIOURAL",
  FUNCTIONAL: "FUNCTIONAL",
  DOMAIN: "DOMAIN",
};

/** "Behavioural", "behavioral" and "BEHAVIOURAL" are one type; anything else is refused. */
export function readCompetencyType(value: unknown): FieldResult<CompetencyTypeName> {
  const text = asText(value) ?? "";
  if (text === "") return no("Type is missing.");
  const type = TYPE_SPELLINGS[text.toUpperCase()];
  return type ? ok(type) : no(`Type "${text}" is not one of ${COMPETENCY_TYPES.join(", ")}.`);
}

/** A proficiency level: a whole number from 1 to 5. */
export function readLevel(value: unknown, label = "Level"): FieldResult<number> {
  const text = asText(value) ?? "";
  if (text === "") return no(`${label} is missing.`);
  if (!/^-?\d+$/.test(text)) return no(`${label} "${text}" is not a whole number from ${MIN_LEVEL} to ${MAX_LEVEL}.`);
  const level = Number(text);
  if (level < MIN_LEVEL || level > MAX_LEVEL) return no(`${label} ${level} is outside ${MIN_LEVEL}–${MAX_LEVEL}.`);
  return ok(level);
}

/** A positive whole number, for an activity's place in its role. */
export function readPosition(value: unknown): FieldResult<number> {
  const text = asText(value) ?? "";
  if (!/^\d{1,4}$/.test(text) || Number(text) < 1) return no(`Position "${text}" is not a whole number from 1.`);
  return ok(Number(text));
}

/** "A; B;; C " → ["A", "B", "C"]. */
export function splitList(cell: string): string[] {
  return cell
    .split(LIST_SEPARATOR)
    .map((item) => cleanText(item))
    .filter((item) => item !== "");
}

/** The first repeated value, for "listed twice" messages. */
export function firstDuplicate(values: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) return value;
    seen.add(value);
  }
  return undefined;
}
