import type { FrameworkState, StateActivity, StateCompetency, StatePost, StateRole } from "./framework-state";

// What an import would change, record by record, with every changed field's old and new value,
// so a dry run can be read before anything is written.

export type FieldChange = { field: string; before: string; after: string };

export type RecordChange = { key: string; label: string; changes: FieldChange[] };

export type SectionChanges = { created: RecordChange[]; updated: RecordChange[]; unchanged: number };

export type RemovedRequirement = { roleCode: string; competency: string; level: number };
export type RemovedPostRole = { postCode: string; roleCode: string };

export type FrameworkChanges = {
  framework: FieldChange[];
  competencies: SectionChanges;
  roles: SectionChanges;
  posts: SectionChanges;
  removedRequirements: RemovedRequirement[];
  removedPostRoles: RemovedPostRole[];
};

export const NONE = "—";

const show = (value: string | null | undefined) => (value === null || value === undefined || value === "" ? NONE : value);

function field(changes: FieldChange[], name: string, before: string | null, after: string | null): void {
  if ((before ?? "") !== (after ?? "")) changes.push({ field: name, before: show(before), after: show(after) });
}

function section<T>(
  before: readonly T[],
  after: readonly T[],
  keyOf: (record: T) => string,
  labelOf: (record: T) => string,
  compare: (before: T, after: T) => FieldChange[],
): SectionChanges {
  const previous = new Map(before.map((record) => [keyOf(record), record]));
  const result: SectionChanges = { created: [], updated: [], unchanged: 0 };
  for (const record of after) {
    const old = previous.get(keyOf(record));
    if (!old) {
      result.created.push({ key: keyOf(record), label: labelOf(record), changes: [] });
      continue;
    }
    const changes = compare(old, record);
    if (changes.length === 0) result.unchanged += 1;
    else result.updated.push({ key: keyOf(record), label: labelOf(record), changes });
  }
  const byKey = (a: RecordChange, b: RecordChange) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  result.created.sort(byKey);
  result.updated.sort(byKey);
  return result;
}

export function competencyChanges(before: StateCompetency, after: StateCompetency): FieldChange[] {
  const changes: FieldChange[] = [];
  field(changes, "code", before.code, after.code);
  field(changes, "name", before.name, after.name);
  field(changes, "Hindi name", before.nameHi, after.nameHi);
  field(changes, "type", before.type, after.type);
  field(changes, "area", before.area, after.area);
  field(changes, "description", before.description, after.description);
  const old = new Map(before.levels.map((level) => [level.level, level]));
  for (const level of [...after.levels].sort((a, b) => a.level - b.level)) {
    field(changes, `level ${level.level} name`, old.get(level.level)?.name ?? null, level.name);
    field(changes, `level ${level.level} descriptor`, old.get(level.level)?.descriptor ?? null, level.descriptor);
  }
  return changes;
}

const describeActivity = (activity: StateActivity | undefined) =>
  activity ? `${activity.description} [${[...activity.competencies].sort().join(", ")}]` : null;

export function roleChanges(before: StateRole, after: StateRole): FieldChange[] {
  const changes: FieldChange[] = [];
  field(changes, "name", before.name, after.name);
  field(changes, "description", before.description, after.description);
  const count = Math.max(before.activities.length, after.activities.length);
  for (let index = 0; index < count; index++) {
    field(changes, `activity ${index + 1}`, describeActivity(before.activities[index]), describeActivity(after.activities[index]));
  }
  const old = new Map(before.requirements.map((requirement) => [requirement.competency, requirement.level]));
  const now = new Map(after.requirements.map((requirement) => [requirement.competency, requirement.level]));
  for (const key of [...new Set([...old.keys(), ...now.keys()])].sort()) {
    const from = old.get(key);
    const to = now.get(key);
    if (from !== to) changes.push({ field: `requirement ${key}`, before: from === undefined ? NONE : `level ${from}`, after: to === undefined ? "removed" : `level ${to}` });
  }
  return changes;
}

export function postChanges(before: StatePost, after: StatePost): FieldChange[] {
  const changes: FieldChange[] = [];
  field(changes, "title", before.title, after.title);
  field(changes, "description", before.description, after.description);
  field(changes, "organisation", before.organisation, after.organisation);
  field(changes, "roles", [...before.roles].sort().join("; "), [...after.roles].sort().join("; "));
  return changes;
}

export function diffFrameworkState(before: FrameworkState, after: FrameworkState): FrameworkChanges {
  const frameworkChanges: FieldChange[] = [];
  field(frameworkChanges, "name", before.framework.name, after.framework.name);
  field(frameworkChanges, "description", before.framework.description, after.framework.description);

  const oldRoles = new Map(before.roles.map((role) => [role.code, role]));
  const removedRequirements = after.roles.flatMap((role) => {
    const kept = new Set(role.requirements.map((requirement) => requirement.competency));
    return (oldRoles.get(role.code)?.requirements ?? [])
      .filter((requirement) => !kept.has(requirement.competency))
      .map((requirement) => ({ roleCode: role.code, competency: requirement.competency, level: requirement.level }));
  });
  const oldPosts = new Map(before.posts.map((post) => [post.code, post]));
  const removedPostRoles = after.posts.flatMap((post) =>
    (oldPosts.get(post.code)?.roles ?? []).filter((role) => !post.roles.includes(role)).map((roleCode) => ({ postCode: post.code, roleCode })),
  );

  return {
    framework: frameworkChanges,
    competencies: section(before.competencies, after.competencies, (c) => c.key, (c) => c.name, competencyChanges),
    roles: section(before.roles, after.roles, (r) => r.code, (r) => r.name, roleChanges),
    posts: section(before.posts, after.posts, (p) => p.code, (p) => p.title, postChanges),
    removedRequirements,
    removedPostRoles,
  };
}

/** Records created or changed, and the framework's own fields: what "n changes" counts. */
export function countChanges(changes: FrameworkChanges): number {
  const records = (section: SectionChanges) => section.created.length + section.updated.length;
  return (changes.framework.length > 0 ? 1 : 0) + records(changes.competencies) + records(changes.roles) + records(changes.posts);
}
