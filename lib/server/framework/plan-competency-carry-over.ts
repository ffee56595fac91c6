import "server-only";
import { VERIFIED_EVIDENCE_SOURCES, type EvidenceSource } from "@/lib/domain/competency/held-level";
import {
  heldLevelsToRaise,
  planCourseTagCarryOver,
  planEvidenceCarryOver,
  planSelfAssessmentCarryOver,
  type CarriedCompetency,
  type CarriedEvidence,
  type CourseTag,
  type MappingPair,
  type SelfAssessmentToCarry,
} from "@/lib/domain/framework/competency-mapping";
import type { DbTransaction } from "@/lib/server/db";

export type CarryOverSummary = {
  mappings: number;
  evidence: number;
  officials: number;
  selfAssessments: number;
  courseTags: number;
  courses: number;
};

export type CarryOverPlan = {
  /** old competency id → new competency id, one CompetencyMapping row each. */
  mappingRows: { fromCompetencyId: string; toCompetencyId: string }[];
  evidence: CarriedEvidence[];
  heldLevels: Map<string, { competencyId: string; level: number }[]>;
  selfAssessments: SelfAssessmentToCarry[];
  courseTags: CourseTag[];
  summary: CarryOverSummary;
};

type Client = Pick<DbTransaction, "passbookEntry" | "selfAssessment" | "courseCompetency">;

/**
 * What moving to a new version carries over for officials and courses, read from the old
 * competencies' rows. New competencies are named by `newIdOf`: real ids when applying,
 * placeholders for a dry run (nothing is written then, and the counts are the same).
 */
export async function planCompetencyCarryOver(
  client: Client,
  input: {
    mapping: readonly MappingPair[];
    oldCompetencies: ReadonlyMap<string, { id: string; name: string }>;
    newCompetencies: ReadonlyMap<string, { name: string }>;
    newIdOf: (key: string) => string;
    oldFrameworkCode: string;
    newFrameworkCode: string;
  },
): Promise<CarryOverPlan> {
  const successors = new Map<string, CarriedCompetency[]>();
  const predecessors = new Map<string, CarriedCompetency>();
  const mappingRows: CarryOverPlan["mappingRows"] = [];
  for (const { from, to } of input.mapping) {
    const old = input.oldCompetencies.get(from);
    const successor = input.newCompetencies.get(to);
    if (!old || !successor) continue;
    const toId = input.newIdOf(to);
    successors.set(old.id, [...(successors.get(old.id) ?? []), { id: toId, name: successor.name }]);
    predecessors.set(old.id, { id: old.id, name: old.name });
    mappingRows.push({ fromCompetencyId: old.id, toCompetencyId: toId });
  }
  const oldIds = [...successors.keys()];
  const [entries, assessments, tags] =
    oldIds.length === 0
      ? [[], [], []]
      : await Promise.all([
          // Only what can count is read; the domain rule filters again.
          client.passbookEntry.findMany({
            where: { competencyId: { in: oldIds }, revokedAt: null, source: { in: [...VERIFIED_EVIDENCE_SOURCES] } },
            select: { id: true, userId: true, competencyId: true, level: true, source: true, evidence: true, awardedById: true, awardedAt: true, revokedAt: true },
            orderBy: { id: "asc" },
          }),
          client.selfAssessment.findMany({
            where: { competencyId: { in: oldIds } },
            select: { userId: true, competencyId: true, level: true, note: true, assessedAt: true, reviewedAt: true, reviewedById: true },
          }),
          client.courseCompetency.findMany({ where: { competencyId: { in: oldIds } }, select: { courseId: true, competencyId: true, level: true } }),
        ]);

  const context = { successors, predecessors, oldFrameworkCode: input.oldFrameworkCode, newFrameworkCode: input.newFrameworkCode };
  const evidence = planEvidenceCarryOver(
    entries.map((entry) => ({ ...entry, source: entry.source as EvidenceSource })),
    context,
  );
  // The new version's competencies are brand new: nobody holds a rating or tag on them yet.
  const selfAssessments = planSelfAssessmentCarryOver(assessments, successors, new Set());
  const courseTags = planCourseTagCarryOver(tags, successors, new Set());
  const heldLevels = heldLevelsToRaise(evidence);
  return {
    mappingRows,
    evidence,
    heldLevels,
    selfAssessments,
    courseTags,
    summary: {
      mappings: mappingRows.length,
      evidence: evidence.length,
      officials: heldLevels.size,
      selfAssessments: selfAssessments.length,
      courseTags: courseTags.length,
      courses: new Set(courseTags.map((tag) => tag.courseId)).size,
    },
  };
}
