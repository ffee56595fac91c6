import { genericLevels, issueAt, type FrameworkDocument, type ImportIssue, type RowRef } from "./framework-document";
import type { FrameworkState, StateActivity, StateCompetency, StatePost, StateRequirement, StateRole } from "./framework-state";

// The framework as it would be after an import: the base state with every record of the file
// laid over it. Everything the file gets wrong that needs the whole picture — a key used twice,
// a competency or role that does not exist, a code another competency holds — is reported here,
// row by row.

export type TargetOptions = {
  /** The version the competencies belong to (the active one, or the new one being imported). */
  frameworkCode: string;
  /** Codes of competencies outside that version: codes are unique across versions. */
  reservedCodes: ReadonlySet<string>;
  organisationCodes: ReadonlySet<string>;
  /** Issues found while reading the file: a row already refused is not refused twice. */
  readIssues: readonly ImportIssue[];
};

const FRAMEWORK_REF: RowRef = { file: "framework", row: null };

const refId = (ref: RowRef) => `${ref.file}#${ref.row ?? ""}`;

function codeFromExternalId(externalId: string): string {
  return externalId.toUpperCase().replace(/[^A-Z0-9._/-]+/g, "-").replace(/^[^A-Z0-9]+/, "").slice(0, 64);
}

export function buildTargetState(
  base: FrameworkState,
  document: FrameworkDocument,
  options: TargetOptions,
): { target: FrameworkState; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const refused = new Set(options.readIssues.filter((issue) => issue.severity === "error").map((issue) => refId(issue)));
  const isRefused = (ref: RowRef) => refused.has(refId(ref));
  const error = (ref: RowRef, field: string | null, message: string) => {
    issues.push(issueAt(ref, field, message));
    refused.add(refId(ref));
  };

  // ── Competencies ──
  const competencies = new Map(base.competencies.map((competency) => [competency.key, { ...competency }]));
  const competencyRefs = new Map<string, RowRef>();
  const needsCode: { key: string; ref: RowRef }[] = [];
  for (const record of document.competencies ?? []) {
    const earlier = competencyRefs.get(record.externalId);
    if (earlier) {
      error(record.ref, "externalId", `External id "${record.externalId}" is given twice (also at row ${earlier.row ?? "?"}).`);
      continue;
    }
    competencyRefs.set(record.externalId, record.ref);
    const existing = competencies.get(record.externalId);
    if (existing) {
      const merged: StateCompetency = {
        ...existing,
        ...(record.code !== undefined && { code: record.code }),
        ...(record.name !== undefined && { name: record.name }),
        ...(record.nameHi !== undefined && { nameHi: record.nameHi }),
        ...(record.type !== undefined && { type: record.type }),
        ...(record.area !== undefined && { area: record.area }),
        ...(record.description !== undefined && { description: record.description }),
        ...(record.levels !== undefined && { levels: record.levels }),
      };
      competencies.set(record.externalId, merged);
      continue;
    }
    if (!isRefused(record.ref)) {
      if (record.name === undefined) error(record.ref, "name", "A new competency needs a name.");
      if (record.type === undefined) error(record.ref, "type", "A new competency needs a type (BEHAVIOURAL, FUNCTIONAL or DOMAIN).");
      if (record.area === undefined) error(record.ref, "area", "A new competency needs an area.");
    }
    if (record.name === undefined || record.type === undefined || record.area === undefined) continue;
    competencies.set(record.externalId, {
      key: record.externalId,
      code: record.code ?? "",
      name: record.name,
      nameHi: record.nameHi ?? null,
      type: record.type,
      area: record.area,
      description: record.description ?? "",
      levels: record.levels ?? genericLevels(record.name),
    });
    if (record.code === undefined) needsCode.push({ key: record.externalId, ref: record.ref });
  }

  // Codes: unique across versions. A new competency without one gets its external id as code,
  // or "<version>-<external id>" when another competency already holds that.
  const codeHolders = new Map<string, string>();
  for (const competency of competencies.values()) {
    if (competency.code === "") continue;
    const ref = competencyRefs.get(competency.key) ?? FRAMEWORK_REF;
    if (options.reservedCodes.has(competency.code)) {
      error(ref, "code", `Code "${competency.code}" belongs to a competency of another framework version.`);
    } else if (codeHolders.has(competency.code)) {
      error(ref, "code", `Code "${competency.code}" is also the code of "${codeHolders.get(competency.code)}".`);
    }
    codeHolders.set(competency.code, competency.key);
  }
  for (const { key, ref } of needsCode) {
    const competency = competencies.get(key);
    if (!competency) continue;
    const plain = codeFromExternalId(key);
    const candidates = [plain, `${options.frameworkCode}-${plain}`.slice(0, 64)];
    const free = candidates.find((code) => code !== "" && !options.reservedCodes.has(code) && !codeHolders.has(code));
    if (!free) {
      error(ref, "code", `No free code could be made from "${key}": give this competency a code.`);
      continue;
    }
    competency.code = free;
    codeHolders.set(free, key);
  }

  const nameHolders = new Map<string, string>();
  for (const competency of competencies.values()) {
    const holder = nameHolders.get(competency.name);
    if (holder !== undefined) {
      const ref = competencyRefs.get(competency.key) ?? competencyRefs.get(holder) ?? FRAMEWORK_REF;
      error(ref, "name", `Name "${competency.name}" is also the name of competency "${holder}" in ${options.frameworkCode}.`);
    }
    nameHolders.set(competency.name, competency.key);
  }

  // ── Roles ──
  const roles = new Map(base.roles.map((role) => [role.code, { ...role }]));
  const roleRefs = new Map<string, RowRef>();
  for (const record of document.roles ?? []) {
    const earlier = roleRefs.get(record.code);
    if (earlier) {
      error(record.ref, "code", `Role "${record.code}" is given twice (also at row ${earlier.row ?? "?"}).`);
      continue;
    }
    roleRefs.set(record.code, record.ref);
    const existing = roles.get(record.code);
    if (existing) {
      roles.set(record.code, {
        ...existing,
        ...(record.name !== undefined && { name: record.name }),
        ...(record.description !== undefined && { description: record.description }),
      });
      continue;
    }
    if (record.name === undefined) {
      if (!isRefused(record.ref)) error(record.ref, "name", "A new role needs a name.");
      continue;
    }
    roles.set(record.code, { code: record.code, name: record.name, description: record.description ?? "", activities: [], requirements: [] });
  }

  const knownCompetency = (key: string) => competencies.has(key);
  const unknownRole = (code: string) => `Role "${code}" is neither in the file nor in the framework.`;
  const unknownCompetency = (key: string) => `Competency id "${key}" is not a competency of ${options.frameworkCode}.`;

  if (document.activities) {
    const byRole = new Map<string, { position: number; activity: StateActivity }[]>(document.activities.roleCodes.map((code) => [code, []]));
    for (const row of document.activities.rows) {
      if (!roles.has(row.roleCode)) {
        error(row.ref, "roleCode", unknownRole(row.roleCode));
        continue;
      }
      const activities = byRole.get(row.roleCode) ?? [];
      byRole.set(row.roleCode, activities);
      if (activities.some((activity) => activity.position === row.position)) {
        error(row.ref, "position", `Role "${row.roleCode}" has two activities at position ${row.position}.`);
        continue;
      }
      for (const key of row.competencies) if (!knownCompetency(key)) error(row.ref, "competencies", unknownCompetency(key));
      activities.push({ position: row.position, activity: { description: row.description, competencies: [...row.competencies].sort() } });
    }
    for (const [code, activities] of byRole) {
      const role = roles.get(code);
      if (role) role.activities = activities.sort((a, b) => a.position - b.position).map(({ activity }) => activity);
    }
  }

  if (document.requirements) {
    const byRole = new Map<string, StateRequirement[]>(document.requirements.roleCodes.map((code) => [code, []]));
    for (const row of document.requirements.rows) {
      if (!roles.has(row.roleCode)) {
        error(row.ref, "roleCode", unknownRole(row.roleCode));
        continue;
      }
      if (!knownCompetency(row.competency)) {
        error(row.ref, "competency", unknownCompetency(row.competency));
        continue;
      }
      const requirements = byRole.get(row.roleCode) ?? [];
      byRole.set(row.roleCode, requirements);
      if (requirements.some((requirement) => requirement.competency === row.competency)) {
        error(row.ref, "competency", `Role "${row.roleCode}" requires "${row.competency}" twice.`);
        continue;
      }
      requirements.push({ competency: row.competency, level: row.level });
    }
    for (const [code, requirements] of byRole) {
      const role = roles.get(code);
      if (role) role.requirements = requirements;
    }
  }

  // What the file leaves in place must still point at this version's competencies.
  for (const role of roles.values()) {
    const ref = roleRefs.get(role.code) ?? FRAMEWORK_REF;
    const stale = new Set([
      ...role.requirements.map((requirement) => requirement.competency),
      ...role.activities.flatMap((activity) => activity.competencies),
    ]);
    for (const key of stale) {
      if (!knownCompetency(key)) {
        error(ref, null, `Role "${role.code}" still uses "${key}", which is not a competency of ${options.frameworkCode}: map it to a new competency, or give the role's requirements and activities in the file.`);
      }
    }
  }

  // ── Posts ──
  const posts = new Map(base.posts.map((post) => [post.code, { ...post }]));
  const postRefs = new Map<string, RowRef>();
  for (const record of document.posts ?? []) {
    const earlier = postRefs.get(record.code);
    if (earlier) {
      error(record.ref, "code", `Post "${record.code}" is given twice (also at row ${earlier.row ?? "?"}).`);
      continue;
    }
    postRefs.set(record.code, record.ref);
    if (record.organisation && !options.organisationCodes.has(record.organisation)) {
      error(record.ref, "organisation", `Organisation code "${record.organisation}" is unknown.`);
    }
    for (const role of record.roles ?? []) if (!roles.has(role)) error(record.ref, "roles", unknownRole(role));
    const existing = posts.get(record.code);
    const fields: Partial<StatePost> = {
      ...(record.title !== undefined && { title: record.title }),
      ...(record.description !== undefined && { description: record.description }),
      ...(record.organisation !== undefined && { organisation: record.organisation }),
      ...(record.roles !== undefined && { roles: record.roles.filter((role) => roles.has(role)) }),
    };
    if (existing) {
      posts.set(record.code, { ...existing, ...fields });
      continue;
    }
    if (record.title === undefined) {
      if (!isRefused(record.ref)) error(record.ref, "title", "A new post needs a title.");
      continue;
    }
    posts.set(record.code, { code: record.code, title: record.title, description: null, organisation: null, roles: [], ...fields });
  }

  const target: FrameworkState = {
    framework: { ...base.framework },
    competencies: [...competencies.values()],
    roles: [...roles.values()] as StateRole[],
    posts: [...posts.values()],
  };
  return { target, issues };
}
