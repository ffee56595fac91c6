// What an official holds of a competency, and what only they say they hold.
//
// The held level is the highest level shown by *verified* evidence that still stands: a course
// completed, an assessment passed, a training institute's record, a supervisor's endorsement.
// A self-declared level is shown beside it, marked as such, and never counts; a revoked
// endorsement stays in the passbook as history and stops counting. This module is the one place
// the rule is written; the database's OfficialCompetency rows are kept equal to it.

export const EVIDENCE_SOURCES = ["COURSE", "ASSESSMENT", "INSTITUTE", "SUPERVISOR", "SELF"] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

/** Sources an official cannot produce on their own say-so. */
export const VERIFIED_EVIDENCE_SOURCES: readonly EvidenceSource[] = ["COURSE", "ASSESSMENT", "INSTITUTE", "SUPERVISOR"];

export type Evidence = {
  competencyId: string;
  level: number;
  source: EvidenceSource;
  revokedAt?: Date | null;
};

export function countsTowardHeldLevel(evidence: Pick<Evidence, "source" | "revokedAt">): boolean {
  return VERIFIED_EVIDENCE_SOURCES.includes(evidence.source) && !evidence.revokedAt;
}

/** The held level of one competency from its evidence: 0 when nothing verified stands. */
export function heldLevel(evidence: readonly Pick<Evidence, "level" | "source" | "revokedAt">[]): number {
  let held = 0;
  for (const entry of evidence) if (countsTowardHeldLevel(entry) && entry.level > held) held = entry.level;
  return held;
}

/** Held level per competency; competencies with no standing verified evidence are absent. */
export function heldLevels(evidence: readonly Evidence[]): Map<string, number> {
  const levels = new Map<string, number>();
  for (const entry of evidence) {
    if (!countsTowardHeldLevel(entry)) continue;
    if (entry.level > (levels.get(entry.competencyId) ?? 0)) levels.set(entry.competencyId, entry.level);
  }
  return levels;
}
