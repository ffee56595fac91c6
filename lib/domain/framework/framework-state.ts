import type { CompetencyTypeName, LevelDescriptor } from "./framework-document";

// The framework as stored: the active version's competencies, and the roles and posts (which
// belong to no version and point at the active version's competencies). Export writes it out,
// import compares a file with it. Competencies are named by key: their external id (or, for a
// competency that has none, its code).

export type StateCompetency = {
  id?: string;
  key: string;
  code: string;
  name: string;
  nameHi: string | null;
  type: CompetencyTypeName;
  area: string;
  description: string;
  levels: LevelDescriptor[];
};

export type StateActivity = { description: string; competencies: string[] };
export type StateRequirement = { competency: string; level: number };

export type StateRole = {
  id?: string;
  code: string;
  name: string;
  description: string;
  activities: StateActivity[];
  requirements: StateRequirement[];
};

export type StatePost = {
  id?: string;
  code: string;
  title: string;
  description: string | null;
  organisation: string | null;
  roles: string[];
};

export type FrameworkInfo = { code: string; name: string; description: string | null };

export type FrameworkState = {
  framework: FrameworkInfo;
  competencies: StateCompetency[];
  roles: StateRole[];
  posts: StatePost[];
};

export type FrameworkSnapshot = FrameworkState & {
  framework: FrameworkInfo & { id: string; activatedAt: Date };
  /** Every organisation code a post may name. */
  organisationCodes: string[];
  /** Codes held by competencies of other versions: codes are unique across versions. */
  reservedCompetencyCodes: string[];
};

/**
 * A role's requirement or activity pointing at a competency outside the active version (which
 * the portal itself never writes) is named "<version code>::<key>", so it can never be mistaken
 * for one of the active version's competencies.
 */
export function foreignCompetencyKey(frameworkCode: string, key: string): string {
  return `${frameworkCode}::${key}`;
}

/** Stable order for files and comparisons: type, then name; roles and posts by code. */
const TYPE_ORDER: Record<CompetencyTypeName, number> = { BEHAVIOURAL: 0, FUNCTIONAL: 1, DOMAIN: 2 };

export function byTypeThenName(a: Pick<StateCompetency, "type" | "name">, b: Pick<StateCompetency, "type" | "name">): number {
  return TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || a.name.localeCompare(b.name);
}

export function byCode(a: { code: string }, b: { code: string }): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}
