import {
  GENERIC_LEVEL_NAMES,
  LEVEL_NUMBERS,
  issueAt,
  type ActivityRow,
  type CompetencyRecord,
  type ImportIssue,
  type LevelDescriptor,
  type MappingRow,
  type PostRecord,
  type RequirementRow,
  type RoleRecord,
  type RowRef,
} from "./framework-document";
import {
  MAX_LENGTHS,
  firstDuplicate,
  readCode,
  readCompetencyType,
  readExternalId,
  readLevel,
  readOptionalText,
  readPosition,
  readRequiredText,
  type FieldResult,
} from "./field-rules";

// One record of an import file, in either format, checked field by field. `undefined` means the
// file does not give that field (see framework-document.ts); every problem becomes an issue naming
// the row and field, and the record keeps its valid fields so later checks do not repeat the
// same complaint. A record without its key is dropped: nothing else can be said about it.

export type RawLevel = { level?: unknown; name?: unknown; descriptor?: unknown };

export type RawCompetency = {
  externalId?: unknown;
  code?: unknown;
  name?: unknown;
  nameHi?: unknown;
  type?: unknown;
  area?: unknown;
  description?: unknown;
  levels?: RawLevel[];
};

type Reader = {
  issues: ImportIssue[];
  ref: RowRef;
  /** The field's name as the file spells it (a CSV column, a JSON key). */
  fieldName: (field: string) => string;
};

function take<T>(reader: Reader, field: string, value: unknown, read: (value: unknown) => FieldResult<T>): T | undefined {
  if (value === undefined) return undefined;
  const result = read(value);
  if (result.ok) return result.value;
  reader.issues.push(issueAt(reader.ref, reader.fieldName(field), result.message));
  return undefined;
}

/**
 * A level with no name takes the generic one for its number; a competency whose levels are all
 * empty has given none (so a new one gets the generic five, an existing one keeps its own).
 */
function readLevels(reader: Reader, raw: RawLevel[]): LevelDescriptor[] | undefined {
  const given = new Map<number, { name: string; descriptor: string }>();
  raw.forEach((item, index) => {
    const number = typeof item.level === "number" || typeof item.level === "string" ? String(item.level) : String(index + 1);
    const level = take(reader, `level${number}`, item.level ?? null, (value) => readLevel(value, "Level"));
    const name = take(reader, `level${number}.name`, item.name ?? null, (value) =>
      readOptionalText(value, `Level ${number} name`, MAX_LENGTHS.levelName),
    );
    const descriptor = take(reader, `level${number}.descriptor`, item.descriptor ?? null, (value) =>
      readOptionalText(value, `Level ${number} descriptor`, MAX_LENGTHS.levelDescriptor),
    );
    if (level === undefined || name === undefined || descriptor === undefined) return;
    if (given.has(level)) {
      reader.issues.push(issueAt(reader.ref, reader.fieldName(`level${level}`), `Level ${level} is given twice.`));
      return;
    }
    given.set(level, { name, descriptor });
  });
  const isEmpty = [...given.values()].every((level) => level.name === "" && level.descriptor === "");
  if (isEmpty) return undefined;
  return LEVEL_NUMBERS.map((level) => {
    const entry = given.get(level);
    return { level, name: entry?.name || (GENERIC_LEVEL_NAMES[level - 1] ?? ""), descriptor: entry?.descriptor ?? "" };
  });
}

export function readCompetency(raw: RawCompetency, reader: Reader): CompetencyRecord | undefined {
  const externalId = take(reader, "externalId", raw.externalId ?? null, readExternalId);
  if (externalId === undefined) return undefined;
  const record: CompetencyRecord = { ref: reader.ref, externalId };
  // An empty code means "keep it / make one", not "clear it": every competency has a code.
  const code = raw.code === undefined || raw.code === null || raw.code === "" ? undefined : take(reader, "code", raw.code, (v) => readCode(v, "Code"));
  if (code !== undefined) record.code = code;
  const name = take(reader, "name", raw.name, (v) => readRequiredText(v, "Name", MAX_LENGTHS.name));
  if (name !== undefined) record.name = name;
  const nameHi = take(reader, "nameHi", raw.nameHi, (v) => readOptionalText(v, "Hindi name", MAX_LENGTHS.name));
  if (nameHi !== undefined) record.nameHi = nameHi === "" ? null : nameHi;
  const type = take(reader, "type", raw.type, readCompetencyType);
  if (type !== undefined) record.type = type;
  const area = take(reader, "area", raw.area, (v) => readRequiredText(v, "Area", MAX_LENGTHS.area));
  if (area !== undefined) record.area = area;
  const description = take(reader, "description", raw.description, (v) => readOptionalText(v, "Description", MAX_LENGTHS.description));
  if (description !== undefined) record.description = description;
  if (raw.levels !== undefined) {
    const levels = readLevels(reader, raw.levels);
    if (levels) record.levels = levels;
  }
  return record;
}

export function readRole(raw: { code?: unknown; name?: unknown; description?: unknown }, reader: Reader): RoleRecord | undefined {
  const code = take(reader, "code", raw.code ?? null, (v) => readCode(v, "Role code"));
  if (code === undefined) return undefined;
  const record: RoleRecord = { ref: reader.ref, code };
  const name = take(reader, "name", raw.name, (v) => readRequiredText(v, "Name", MAX_LENGTHS.name));
  if (name !== undefined) record.name = name;
  const description = take(reader, "description", raw.description, (v) => readOptionalText(v, "Description", MAX_LENGTHS.description));
  if (description !== undefined) record.description = description;
  return record;
}

export function readActivity(
  raw: { roleCode: unknown; position: unknown; description?: unknown; competencies: unknown[] },
  reader: Reader,
): ActivityRow | undefined {
  const roleCode = take(reader, "roleCode", raw.roleCode ?? null, (v) => readCode(v, "Role code"));
  const position = take(reader, "position", raw.position ?? null, readPosition);
  const description = take(reader, "description", raw.description ?? null, (v) => readRequiredText(v, "Activity", MAX_LENGTHS.activity));
  const competencies: string[] = [];
  for (const item of raw.competencies) {
    const id = take(reader, "competencies", item, (v) => readExternalId(v, "Competency id"));
    if (id !== undefined) competencies.push(id);
  }
  const duplicate = firstDuplicate(competencies);
  if (duplicate) reader.issues.push(issueAt(reader.ref, reader.fieldName("competencies"), `Competency "${duplicate}" is listed twice.`));
  if (roleCode === undefined || position === undefined || description === undefined) return undefined;
  return { ref: reader.ref, roleCode, position, description, competencies: [...new Set(competencies)] };
}

export function readRequirement(raw: { roleCode: unknown; competency?: unknown; level?: unknown }, reader: Reader): RequirementRow | undefined {
  const roleCode = take(reader, "roleCode", raw.roleCode ?? null, (v) => readCode(v, "Role code"));
  const competency = take(reader, "competency", raw.competency ?? null, (v) => readExternalId(v, "Competency id"));
  const level = take(reader, "level", raw.level ?? null, (v) => readLevel(v, "Required level"));
  if (roleCode === undefined || competency === undefined || level === undefined) return undefined;
  return { ref: reader.ref, roleCode, competency, level };
}

export function readPost(
  raw: { code?: unknown; title?: unknown; description?: unknown; organisation?: unknown; roles?: unknown[] },
  reader: Reader,
): PostRecord | undefined {
  const code = take(reader, "code", raw.code ?? null, (v) => readCode(v, "Post code"));
  if (code === undefined) return undefined;
  const record: PostRecord = { ref: reader.ref, code };
  const title = take(reader, "title", raw.title, (v) => readRequiredText(v, "Title", MAX_LENGTHS.name));
  if (title !== undefined) record.title = title;
  const description = take(reader, "description", raw.description, (v) => readOptionalText(v, "Description", MAX_LENGTHS.description));
  if (description !== undefined) record.description = description === "" ? null : description;
  if (raw.organisation !== undefined) {
    const organisation =
      raw.organisation === null || raw.organisation === ""
        ? ""
        : take(reader, "organisation", raw.organisation, (v) => readCode(v, "Organisation code"));
    if (organisation !== undefined) record.organisation = organisation === "" ? null : organisation;
  }
  if (raw.roles !== undefined) {
    const roles: string[] = [];
    for (const item of raw.roles) {
      const role = take(reader, "roles", item, (v) => readCode(v, "Role code"));
      if (role !== undefined) roles.push(role);
    }
    const duplicate = firstDuplicate(roles);
    if (duplicate) reader.issues.push(issueAt(reader.ref, reader.fieldName("roles"), `Role "${duplicate}" is listed twice.`));
    record.roles = [...new Set(roles)];
  }
  return record;
}

export function readMapping(raw: { from?: unknown; to?: unknown }, reader: Reader): MappingRow | undefined {
  const from = take(reader, "from", raw.from ?? null, (v) => readExternalId(v, "Old competency id"));
  const to = take(reader, "to", raw.to ?? null, (v) => readExternalId(v, "New competency id"));
  if (from === undefined || to === undefined) return undefined;
  return { ref: reader.ref, from, to };
}

export type { Reader };
