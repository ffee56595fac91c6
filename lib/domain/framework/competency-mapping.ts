import { countsTowardHeldLevel, type EvidenceSource } from "@/lib/domain/competency/held-level";
import { issueAt, type ImportIssue, type MappingRow } from "./framework-document";
import { foreignCompetencyKey, type StateRole } from "./framework-state";

// When a new framework version replaces the active one, each old competency names its
// successor(s). Roles move to the successors; what officials and courses earned on the old
// competency is carried over by *adding* rows on the new one — nothing old is deleted or changed,
// so a learner's history never becomes collateral of a dictionary change.

export type MappingPair = { from: string; to: string };

/** Checks the mapping rows against the old version's keys and the new version's. */
export function readMappingRows(
  rows: readonly MappingRow[],
  context: { oldKeys: ReadonlySet<string>; newKeys: ReadonlySet<string>; oldFrameworkCode: string },
): { pairs: MappingPair[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const pairs: MappingPair[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const problems: ImportIssue[] = [];
    if (!context.oldKeys.has(row.from)) {
      problems.push(issueAt(row.ref, "from", `Old competency id "${row.from}" is not a competency of ${context.oldFrameworkCode}.`));
    }
    if (!context.newKeys.has(row.to)) {
      problems.push(issueAt(row.ref, "to", `New competency id "${row.to}" is not among the competencies of the file.`));
    }
    const id = `${row.from}\u0000${row.to}`;
    if (seen.has(id)) problems.push(issueAt(row.ref, "from", `"${row.from}" → "${row.to}" is given twice.`));
    seen.add(id);
    issues.push(...problems);
    if (problems.length === 0) pairs.push({ from: row.from, to: row.to });
  }
  return { pairs, issues };
}

/** Old key → its successors, in the order the mapping gives them. */
export function successorsOf(pairs: readonly MappingPair[]): Map<string, string[]> {
  const successors = new Map<string, string[]>();
  for (const { from, to } of pairs) successors.set(from, [...(successors.get(from) ?? []), to]);
  return successors;
}

/**
 * Roles as they stand once requirements and activity links follow the mapping. Two old
 * competencies merging into one keep the stricter requirement; an old competency without a
 * successor stays, named as a competency of the old version, for the import to report.
 */
export function remapRoles(roles: readonly StateRole[], successors: ReadonlyMap<string, readonly string[]>, oldFrameworkCode: string): StateRole[] {
  const follow = (key: string) => successors.get(key) ?? [foreignCompetencyKey(oldFrameworkCode, key)];
  return roles.map((role) => {
    const levels = new Map<string, number>();
    for (const requirement of role.requirements) {
      for (const key of follow(requirement.competency)) levels.set(key, Math.max(levels.get(key) ?? 0, requirement.level));
    }
    return {
      ...role,
      requirements: [...levels].map(([competency, level]) => ({ competency, level })),
      activities: role.activities.map((activity) => ({
        description: activity.description,
        competencies: [...new Set(activity.competencies.flatMap(follow))].sort(),
      })),
    };
  });
}

export type CarriedCompetency = { id: string; name: string };

export type CarryOverContext = {
  /** Old competency id → the new competencies it maps to. */
  successors: ReadonlyMap<string, readonly CarriedCompetency[]>;
  /** Old competency id → its name, for the evidence text. */
  predecessors: ReadonlyMap<string, CarriedCompetency>;
  oldFrameworkCode: string;
  newFrameworkCode: string;
};

export type EvidenceToCarry = {
  id: string;
  userId: string;
  competencyId: string;
  level: number;
  source: EvidenceSource;
  evidence: string;
  awardedById: string | null;
  awardedAt: Date;
  revokedAt: Date | null;
};

export type CarriedEvidence = Omit<EvidenceToCarry, "id" | "revokedAt"> & { evidenceRef: string };

const MAX_EVIDENCE_LENGTH = 2000;

export function carriedEvidenceText(input: { oldName: string; oldFrameworkCode: string; newFrameworkCode: string; evidence: string }): string {
  const text = `Carried over from “${input.oldName}” (${input.oldFrameworkCode}) when ${input.newFrameworkCode} replaced it: ${input.evidence}`;
  return text.length > MAX_EVIDENCE_LENGTH ? `${text.slice(0, MAX_EVIDENCE_LENGTH - 1)}…` : text;
}

/**
 * One new entry per standing verified entry and successor: same official, source, level, awarder
 * and date, the evidence text saying where it came from, evidenceRef naming the old entry.
 * Self-declared and revoked evidence stays behind — it never counted toward a held level.
 */
export function planEvidenceCarryOver(entries: readonly EvidenceToCarry[], context: CarryOverContext): CarriedEvidence[] {
  return entries.filter(countsTowardHeldLevel).flatMap((entry) => {
    const oldName = context.predecessors.get(entry.competencyId)?.name ?? "a superseded competency";
    return (context.successors.get(entry.competencyId) ?? []).map((successor) => ({
      userId: entry.userId,
      competencyId: successor.id,
      level: entry.level,
      source: entry.source,
      evidence: carriedEvidenceText({ oldName, oldFrameworkCode: context.oldFrameworkCode, newFrameworkCode: context.newFrameworkCode, evidence: entry.evidence }),
      evidenceRef: entry.id,
      awardedById: entry.awardedById,
      awardedAt: entry.awardedAt,
    }));
  });
}

/** Per official, the levels the carried evidence shows: what raiseHeldLevels is given. */
export function heldLevelsToRaise(carried: readonly CarriedEvidence[]): Map<string, { competencyId: string; level: number }[]> {
  const best = new Map<string, Map<string, number>>();
  for (const entry of carried) {
    if (!countsTowardHeldLevel({ source: entry.source, revokedAt: null })) continue;
    const levels = best.get(entry.userId) ?? new Map<string, number>();
    levels.set(entry.competencyId, Math.max(levels.get(entry.competencyId) ?? 0, entry.level));
    best.set(entry.userId, levels);
  }
  return new Map([...best].map(([userId, levels]) => [userId, [...levels].map(([competencyId, level]) => ({ competencyId, level }))]));
}

export type SelfAssessmentToCarry = {
  userId: string;
  competencyId: string;
  level: number;
  note: string | null;
  assessedAt: Date;
  reviewedAt: Date | null;
  reviewedById: string | null;
};

/**
 * An official's own rating moves with the competency; when two old competencies merge, the
 * latest rating stands (one current rating per competency). Ratings the official already gave
 * the new competency are left alone.
 */
export function planSelfAssessmentCarryOver(
  assessments: readonly SelfAssessmentToCarry[],
  successors: ReadonlyMap<string, readonly CarriedCompetency[]>,
  existing: ReadonlySet<string>,
): SelfAssessmentToCarry[] {
  const latest = new Map<string, SelfAssessmentToCarry>();
  for (const assessment of assessments) {
    for (const successor of successors.get(assessment.competencyId) ?? []) {
      const id = `${assessment.userId}:${successor.id}`;
      if (existing.has(id)) continue;
      const current = latest.get(id);
      if (!current || assessment.assessedAt > current.assessedAt) latest.set(id, { ...assessment, competencyId: successor.id });
    }
  }
  return [...latest.values()];
}

export type CourseTag = { courseId: string; competencyId: string; level: number };

/** A course imparting an old competency imparts its successor at the same level (the higher, on a merge). */
export function planCourseTagCarryOver(
  tags: readonly CourseTag[],
  successors: ReadonlyMap<string, readonly CarriedCompetency[]>,
  existing: ReadonlySet<string>,
): CourseTag[] {
  const best = new Map<string, CourseTag>();
  for (const tag of tags) {
    for (const successor of successors.get(tag.competencyId) ?? []) {
      const id = `${tag.courseId}:${successor.id}`;
      if (existing.has(id)) continue;
      const level = Math.max(best.get(id)?.level ?? 0, tag.level);
      best.set(id, { courseId: tag.courseId, competencyId: successor.id, level });
    }
  }
  return [...best.values()];
}
