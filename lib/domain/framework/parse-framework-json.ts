import { issueAt, type ActivityRow, type FrameworkDocument, type ImportIssue, type RequirementRow, type RowRef } from "./framework-document";
import { readActivity, readCompetency, readMapping, readPost, readRequirement, readRole, type RawLevel, type Reader } from "./read-records";

// The JSON form of a framework (what /framework/export/framework.json writes):
//   { format, formatVersion, exportedAt, framework: { code, name, description },
//     competencies: [{ externalId, code, name, nameHi, type, area, description,
//                      levels: [{ level, name, descriptor }] }],
//     roles: [{ code, name, description, activities: [{ description, competencies: [id] }],
//               requirements: [{ competency: id, level }] }],
//     posts: [{ code, title, description, organisation, roles: [code] }],
//     mapping: [{ from: oldId, to: newId }] }

export const JSON_FORMAT = "kaushal-competency-framework";
export const JSON_FORMAT_VERSION = 1;

const KNOWN_KEYS = {
  top: ["format", "formatVersion", "exportedAt", "framework", "competencies", "roles", "posts", "mapping"],
  framework: ["code", "name", "description", "status", "activatedAt", "supersededAt"],
  competency: ["externalId", "code", "name", "nameHi", "type", "area", "description", "levels"],
  level: ["level", "name", "descriptor"],
  role: ["code", "name", "description", "activities", "requirements"],
  activity: ["description", "competencies"],
  requirement: ["competency", "level"],
  post: ["code", "title", "description", "organisation", "roles"],
  mapping: ["from", "to"],
} as const;

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Unknown keys are reported once per place they occur (with the first item and how many carry
 * it), so a file with one extra field on 500 items gets one line, not 500.
 */
class UnknownKeys {
  private readonly seen = new Map<string, { ref: RowRef; count: number }>();

  check(value: JsonObject, known: readonly string[], ref: RowRef, where: string): void {
    for (const key of Object.keys(value)) {
      if (known.includes(key)) continue;
      const id = `${ref.file}\u0000${where}\u0000${key}`;
      const entry = this.seen.get(id);
      if (entry) entry.count += 1;
      else this.seen.set(id, { ref, count: 1 });
    }
  }

  issues(): ImportIssue[] {
    return [...this.seen].map(([id, { ref, count }]) => {
      const [, where = "", key = ""] = id.split("\u0000");
      const times = count > 1 ? ` (on ${count} items)` : "";
      return issueAt(ref, `${where}${key}`, `Field "${key}" is not part of the framework format${times}; its values are not imported.`, "warning");
    });
  }
}

function section(file: string, name: string): string {
  return `${file} › ${name}`;
}

export function parseFrameworkJson(fileName: string, text: string): { document: FrameworkDocument; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const fileRef = { file: fileName, row: null };
  let root: unknown;
  try {
    root = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    issues.push(issueAt(fileRef, null, `The file is not valid JSON: ${error instanceof Error ? error.message : "it could not be read"}.`));
    return { document: {}, issues };
  }
  if (!isObject(root)) {
    issues.push(issueAt(fileRef, null, "The file must hold one JSON object with competencies, roles and posts."));
    return { document: {}, issues };
  }
  if (root.format !== undefined && root.format !== JSON_FORMAT) {
    issues.push(issueAt(fileRef, "format", `"format" is "${String(root.format)}", not "${JSON_FORMAT}".`));
  }
  if (root.formatVersion !== undefined && root.formatVersion !== JSON_FORMAT_VERSION) {
    issues.push(issueAt(fileRef, "formatVersion", `Format version ${String(root.formatVersion)} is not supported; this portal reads version ${JSON_FORMAT_VERSION}.`));
  }

  const unknown = new UnknownKeys();
  unknown.check(root, KNOWN_KEYS.top, fileRef, "");
  const document: FrameworkDocument = {};

  /** Each item of a top-level array, as an object with its ref; anything else is reported. */
  const items = (key: string, known: readonly string[]): { item: JsonObject; reader: Reader }[] | undefined => {
    const value = root[key as keyof typeof root];
    if (value === undefined) return undefined;
    const file = section(fileName, key);
    if (!Array.isArray(value)) {
      issues.push(issueAt(fileRef, key, `"${key}" must be a list.`));
      return [];
    }
    return value.flatMap((item, index) => {
      const ref = { file, row: index + 1 };
      if (!isObject(item)) {
        issues.push(issueAt(ref, null, "Each item must be an object."));
        return [];
      }
      unknown.check(item, known, ref, "");
      return [{ item, reader: { issues, ref, fieldName: (field: string) => jsonFieldName(field) } }];
    });
  };
  const list = (value: unknown, reader: Reader, field: string): unknown[] | undefined => {
    if (value === undefined) return undefined;
    if (Array.isArray(value)) return value;
    issues.push(issueAt(reader.ref, field, `"${field}" must be a list.`));
    return [];
  };

  const framework = root.framework;
  if (framework !== undefined) {
    if (isObject(framework)) {
      unknown.check(framework, KNOWN_KEYS.framework, fileRef, "framework.");
      document.framework = {};
      if (typeof framework.code === "string") document.framework.code = framework.code.trim();
      if (typeof framework.name === "string") document.framework.name = framework.name.trim();
      if (framework.description === null || typeof framework.description === "string") {
        document.framework.description = framework.description?.trim() || null;
      }
    } else {
      issues.push(issueAt(fileRef, "framework", '"framework" must be an object.'));
    }
  }

  const competencies = items("competencies", KNOWN_KEYS.competency);
  if (competencies) {
    document.competencies = competencies.flatMap(({ item, reader }) => {
      const levels = list(item.levels, reader, "levels")?.flatMap((level): RawLevel[] => {
        if (!isObject(level)) {
          issues.push(issueAt(reader.ref, "levels", "Each level must be an object with level, name and descriptor."));
          return [];
        }
        unknown.check(level, KNOWN_KEYS.level, reader.ref, "levels[].");
        return [{ level: level.level, name: level.name, descriptor: level.descriptor }];
      });
      const record = readCompetency({ ...item, levels }, reader);
      return record ? [record] : [];
    });
  }

  const roles = items("roles", KNOWN_KEYS.role);
  if (roles) {
    const activities: ActivityRow[] = [];
    const requirements: RequirementRow[] = [];
    const activityRoles: string[] = [];
    const requirementRoles: string[] = [];
    document.roles = roles.flatMap(({ item, reader }) => {
      const role = readRole(item, reader);
      if (!role) return [];
      const roleActivities = list(item.activities, reader, "activities");
      if (roleActivities) {
        activityRoles.push(role.code);
        roleActivities.forEach((activity, index) => {
          const at = `activities[${index + 1}]`;
          if (!isObject(activity)) {
            issues.push(issueAt(reader.ref, at, "Each activity must be an object."));
            return;
          }
          unknown.check(activity, KNOWN_KEYS.activity, reader.ref, "activities[].");
          const nested = { ...reader, ref: { ...reader.ref, at } };
          const row = readActivity(
            {
              roleCode: role.code,
              position: index + 1,
              description: activity.description,
              competencies: list(activity.competencies, nested, "competencies") ?? [],
            },
            nested,
          );
          if (row) activities.push(row);
        });
      }
      const roleRequirements = list(item.requirements, reader, "requirements");
      if (roleRequirements) {
        requirementRoles.push(role.code);
        roleRequirements.forEach((requirement, index) => {
          const at = `requirements[${index + 1}]`;
          if (!isObject(requirement)) {
            issues.push(issueAt(reader.ref, at, "Each requirement must be an object."));
            return;
          }
          unknown.check(requirement, KNOWN_KEYS.requirement, reader.ref, "requirements[].");
          const nested = { ...reader, ref: { ...reader.ref, at } };
          const row = readRequirement({ roleCode: role.code, competency: requirement.competency, level: requirement.level }, nested);
          if (row) requirements.push(row);
        });
      }
      return [role];
    });
    if (activityRoles.length > 0) document.activities = { roleCodes: activityRoles, rows: activities };
    if (requirementRoles.length > 0) document.requirements = { roleCodes: requirementRoles, rows: requirements };
  }

  const posts = items("posts", KNOWN_KEYS.post);
  if (posts) {
    document.posts = posts.flatMap(({ item, reader }) => {
      const record = readPost({ ...item, roles: list(item.roles, reader, "roles") }, reader);
      return record ? [record] : [];
    });
  }

  const mapping = items("mapping", KNOWN_KEYS.mapping);
  if (mapping) {
    document.mapping = mapping.flatMap(({ item, reader }) => {
      const row = readMapping(item, reader);
      return row ? [row] : [];
    });
  }

  issues.push(...unknown.issues());
  return { document, issues };
}

export function jsonFieldName(field: string): string {
  const level = /^level(\d+)(?:\.(name|descriptor))?$/.exec(field);
  if (level) return `levels (level ${level[1]}${level[2] ? ` ${level[2]}` : ""})`;
  return field === "roleCode" ? "code" : field;
}
