// Records what completing a course says about an official's competencies.
//
// The passbook (PassbookEntry) is an append-only list of evidence: every completion adds an
// entry for every competency the course imparts, even one the official already holds at a
// higher level — it is still evidence. The current level (OfficialCompetency) is the highest
// level ever evidenced and never goes down: finishing an introductory course after an advanced
// one must not demote anybody.

export const MIN_COMPETENCY_LEVEL = 1;
export const MAX_COMPETENCY_LEVEL = 5;

export type ImpartedCompetency = { competencyId: string; level: number };

export type PassbookEntryDraft = {
  competencyId: string;
  level: number;
  source: "COURSE";
  evidence: string;
  /** The certificate (or, failing that, the course) behind the entry. */
  evidenceRef: string;
};

export type LevelChange = { competencyId: string; from: number | null; to: number };

export type PassbookMerge = {
  entries: PassbookEntryDraft[];
  /** The official's levels after the merge, for every competency they hold. */
  levels: Map<string, number>;
  /** Only the competencies whose current level rises: the OfficialCompetency rows to upsert. */
  changes: LevelChange[];
};

/**
 * Merges a completed course into the passbook. Call it once, in the transaction that marks the
 * enrolment COMPLETED, or the evidence is recorded twice.
 * Throws RangeError for a level outside 1–5: that is corrupt data, not a learner's mistake.
 */
export function mergeCourseIntoPassbook(options: {
  currentLevels: ReadonlyMap<string, number>;
  course: { id: string; title: string };
  competencies: readonly ImpartedCompetency[];
  certificateId?: string | null;
}): PassbookMerge {
  const { currentLevels, course, competencies } = options;
  const imparted = new Map<string, number>();
  for (const { competencyId, level } of competencies) {
    assertLevel(level);
    imparted.set(competencyId, Math.max(level, imparted.get(competencyId) ?? 0));
  }

  const levels = new Map(currentLevels);
  const entries: PassbookEntryDraft[] = [];
  const changes: LevelChange[] = [];
  for (const [competencyId, level] of imparted) {
    entries.push({
      competencyId,
      level,
      source: "COURSE",
      evidence: courseEvidence(course.title, level),
      evidenceRef: options.certificateId ?? course.id,
    });
    const current = currentLevels.get(competencyId);
    if (current === undefined || level > current) {
      levels.set(competencyId, level);
      changes.push({ competencyId, from: current ?? null, to: level });
    }
  }
  return { entries, levels, changes };
}

/** The evidence line shown in the passbook. */
export function courseEvidence(courseTitle: string, level: number): string {
  return `Completed the course “${courseTitle.trim()}”, which imparts level ${level} of ${MAX_COMPETENCY_LEVEL}.`;
}

function assertLevel(level: number): void {
  if (!Number.isInteger(level) || level < MIN_COMPETENCY_LEVEL || level > MAX_COMPETENCY_LEVEL) {
    throw new RangeError(`Competency level must be a whole number from ${MIN_COMPETENCY_LEVEL} to ${MAX_COMPETENCY_LEVEL}, got ${level}.`);
  }
}
