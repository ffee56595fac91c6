import "server-only";
import { cache } from "react";
import { selfAssessmentState, type SelfAssessmentState } from "@/lib/domain/competency/endorsement";
import { countsTowardHeldLevel, type EvidenceSource } from "@/lib/domain/competency/held-level";
import { findCompetencyGaps, requiredLevels, type RoleRequirement } from "@/lib/domain/learning/competency-gaps";
import { recommendCourses, type CourseCandidate } from "@/lib/domain/learning/recommendations";
import { db } from "@/lib/server/db";

// Evidence per official is a few entries per course completed; this bounds a pathological history.
const EVIDENCE_LIMIT = 500;
const RECOMMENDATIONS_PER_GAP = 3;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type PassbookSourceName = EvidenceSource;

export type PassbookEvidence = {
  id: string;
  level: number;
  source: PassbookSourceName;
  evidence: string;
  awardedAt: Date;
  awardedById: string | null;
  awardedByName: string | null;
  /** Set when the evidence is one of the official's own, unrevoked certificates. */
  certificateCode: string | null;
  /** A revoked entry stays in the passbook as history and no longer counts. */
  revokedAt: Date | null;
  revokedByName: string | null;
  revokeReason: string | null;
  /** Whether it counts toward the held level (verified and unrevoked). */
  isCounted: boolean;
};

/** The official's own rating: shown beside the held level, never counted in it. */
export type SelfDeclaredLevel = {
  level: number;
  levelName: string | null;
  note: string | null;
  assessedAt: Date;
  state: SelfAssessmentState;
  reviewedAt: Date | null;
  reviewedByName: string | null;
};

export type HeldCompetency = {
  competencyId: string;
  name: string;
  type: string;
  area: string;
  /** 0 when every piece of evidence has stopped counting (a revoked endorsement, kept as history). */
  level: number;
  levelName: string | null;
  /** The level the official's FRAC roles require, or null when no role asks for it. */
  requiredLevel: number | null;
  evidence: PassbookEvidence[];
  selfDeclared: SelfDeclaredLevel | null;
};

export type RecommendedCourse = {
  courseId: string;
  slug: string;
  title: string;
  providerName: string;
  durationMinutes: number;
  ratingAverage: number | null;
  /** The level this course brings the official to in the competency, and whether that closes the gap. */
  toLevel: number;
  closesGap: boolean;
};

export type RoleRequirementRow = {
  competencyId: string;
  name: string;
  required: number;
  requiredLevelName: string | null;
  current: number;
  currentLevelName: string | null;
  gap: number;
  recommendations: RecommendedCourse[];
  /** Courses the official is already taking that help with this gap (left out of the recommendations). */
  enrolledCourses: { slug: string; title: string }[];
  selfDeclared: SelfDeclaredLevel | null;
};

export type CompetencyPassbook = {
  official: { name: string; designation: string | null };
  /** Null when the official has no FRAC position recorded. */
  position: { title: string; roleNames: string[] } | null;
  /** Competencies with a held level, and those whose evidence has all been revoked (level 0). */
  held: HeldCompetency[];
  /** Every required competency; gaps first (largest first), then met requirements by name. */
  requirements: RoleRequirementRow[];
  gapCount: number;
};

const NAME_ORDER = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/**
 * The official's passbook: competencies held with their evidence, what their FRAC roles require,
 * the gaps, their self-declared levels, and published courses that close the gaps. One query per
 * concern, whatever the number of competencies: profile and requirements, current levels,
 * evidence, self-assessments, enrolments, then level names, certificates behind the evidence and
 * candidate courses.
 */
export const getCompetencyPassbook = cache(async (userId: string): Promise<CompetencyPassbook | null> => {
  const [official, held, entries, selfAssessments, enrolments] = await Promise.all([
    db.user.findUnique({
      where: { id: userId },
      select: {
        name: true,
        designation: true,
        fracPosition: {
          select: {
            title: true,
            roles: {
              select: {
                role: {
                  select: {
                    name: true,
                    competencies: { select: { requiredLevel: true, competency: { select: { id: true, name: true } } } },
                  },
                },
              },
            },
          },
        },
      },
    }),
    db.officialCompetency.findMany({
      where: { userId },
      select: { level: true, competency: { select: { id: true, name: true, type: true, area: true } } },
    }),
    db.passbookEntry.findMany({
      where: { userId },
      orderBy: [{ awardedAt: "desc" }, { id: "desc" }],
      take: EVIDENCE_LIMIT,
      select: {
        id: true,
        competencyId: true,
        level: true,
        source: true,
        evidence: true,
        evidenceRef: true,
        awardedAt: true,
        awardedById: true,
        awardedBy: { select: { name: true } },
        revokedAt: true,
        revokedBy: { select: { name: true } },
        revokeReason: true,
        competency: { select: { name: true, type: true, area: true } },
      },
    }),
    db.selfAssessment.findMany({
      where: { userId },
      select: { competencyId: true, level: true, note: true, assessedAt: true, reviewedAt: true, reviewedBy: { select: { name: true } } },
    }),
    db.enrolment.findMany({ where: { userId, status: { not: "WITHDRAWN" } }, select: { courseId: true, status: true } }),
  ]);
  if (!official) return null;

  const roles = official.fracPosition?.roles.map(({ role }) => role) ?? [];
  const roleRequirements: RoleRequirement[] = roles.flatMap((role) =>
    role.competencies.map((row) => ({ competencyId: row.competency.id, competencyName: row.competency.name, requiredLevel: row.requiredLevel })),
  );
  const required = requiredLevels(roleRequirements);
  const currentLevels = new Map(held.map((row) => [row.competency.id, row.level]));
  const gaps = findCompetencyGaps({ requirements: roleRequirements, currentLevels });

  // The seed stores a certificate's code as the evidence reference, the completion rules its id.
  const refs = [...new Set(entries.flatMap((entry) => (entry.evidenceRef ? [entry.evidenceRef] : [])))];
  const competencyIds = [
    ...new Set([...currentLevels.keys(), ...required.keys(), ...selfAssessments.map((row) => row.competencyId), ...entries.map((row) => row.competencyId)]),
  ];
  const evidenceIds = refs.filter((ref) => UUID.test(ref));
  const [levelNames, certificates, programmeCertificates, candidates] = await Promise.all([
    competencyIds.length > 0
      ? db.competencyLevel.findMany({ where: { competencyId: { in: competencyIds } }, select: { competencyId: true, level: true, name: true } })
      : [],
    refs.length > 0
      ? db.certificate.findMany({
          where: { userId, revokedAt: null, OR: [{ code: { in: refs } }, { id: { in: evidenceIds } }] },
          select: { id: true, code: true },
        })
      : [],
    // A completed programme's evidence points at its programme certificate.
    evidenceIds.length > 0
      ? db.programmeCertificate.findMany({ where: { userId, revokedAt: null, id: { in: evidenceIds } }, select: { id: true, code: true } })
      : [],
    gaps.length > 0
      ? db.course.findMany({
          where: { status: "PUBLISHED", competencies: { some: { competencyId: { in: gaps.map((gap) => gap.competencyId) } } } },
          select: {
            id: true,
            slug: true,
            title: true,
            durationMinutes: true,
            ratingSum: true,
            ratingCount: true,
            provider: { select: { name: true } },
            competencies: { select: { competencyId: true, level: true } },
          },
        })
      : [],
  ]);

  const levelNameByKey = new Map(levelNames.map((row) => [`${row.competencyId}:${row.level}`, row.name]));
  const levelName = (competencyId: string, level: number) => levelNameByKey.get(`${competencyId}:${level}`) ?? null;
  const certificateCodeByRef = new Map([
    ...certificates.flatMap((row) => [[row.code, row.code] as const, [row.id, row.code] as const]),
    ...programmeCertificates.map((row) => [row.id, row.code] as const),
  ]);
  const evidenceByCompetency = new Map<string, PassbookEvidence[]>();
  for (const entry of entries) {
    const list = evidenceByCompetency.get(entry.competencyId) ?? [];
    list.push({
      id: entry.id,
      level: entry.level,
      source: entry.source,
      evidence: entry.evidence,
      awardedAt: entry.awardedAt,
      awardedById: entry.awardedById,
      awardedByName: entry.awardedBy?.name ?? null,
      certificateCode: entry.evidenceRef ? (certificateCodeByRef.get(entry.evidenceRef) ?? null) : null,
      revokedAt: entry.revokedAt,
      revokedByName: entry.revokedBy?.name ?? null,
      revokeReason: entry.revokeReason,
      isCounted: countsTowardHeldLevel(entry),
    });
    evidenceByCompetency.set(entry.competencyId, list);
  }
  const selfDeclared = new Map<string, SelfDeclaredLevel>(
    selfAssessments.map((row) => [
      row.competencyId,
      {
        level: row.level,
        levelName: levelName(row.competencyId, row.level),
        note: row.note,
        assessedAt: row.assessedAt,
        state: selfAssessmentState(row),
        reviewedAt: row.reviewedAt,
        reviewedByName: row.reviewedBy?.name ?? null,
      },
    ]),
  );

  const courseInfo = new Map(candidates.map((course) => [course.id, course]));
  const courseCandidates: CourseCandidate[] = candidates.map((course) => ({
    id: course.id,
    title: course.title,
    durationMinutes: course.durationMinutes,
    ratingSum: course.ratingSum,
    ratingCount: course.ratingCount,
    competencies: course.competencies,
  }));
  const completedCourseIds = new Set(enrolments.filter((row) => row.status === "COMPLETED").map((row) => row.courseId));
  const enrolledCourseIds = new Set(enrolments.filter((row) => row.status !== "COMPLETED").map((row) => row.courseId));

  const enrolledCandidates = courseCandidates.filter((course) => enrolledCourseIds.has(course.id));
  const none = new Set<string>();
  const gapRows: RoleRequirementRow[] = gaps.map((gap) => ({
    competencyId: gap.competencyId,
    name: gap.competencyName,
    required: gap.required,
    requiredLevelName: levelName(gap.competencyId, gap.required),
    current: gap.current,
    currentLevelName: gap.current > 0 ? levelName(gap.competencyId, gap.current) : null,
    gap: gap.gap,
    // Ranked per gap by the same rules, so each gap lists the courses that help with it most.
    recommendations: recommendCourses({ gaps: [gap], courses: courseCandidates, completedCourseIds, enrolledCourseIds, limit: RECOMMENDATIONS_PER_GAP }).flatMap(
      (recommendation) => {
        const course = courseInfo.get(recommendation.courseId);
        const addressed = recommendation.addresses[0];
        if (!course || !addressed) return [];
        return [
          {
            courseId: course.id,
            slug: course.slug,
            title: course.title,
            providerName: course.provider.name,
            durationMinutes: course.durationMinutes,
            ratingAverage: recommendation.ratingAverage,
            toLevel: addressed.to,
            closesGap: addressed.closesGap,
          },
        ];
      },
    ),
    enrolledCourses: recommendCourses({ gaps: [gap], courses: enrolledCandidates, completedCourseIds: none, enrolledCourseIds: none }).flatMap(
      (recommendation) => {
        const course = courseInfo.get(recommendation.courseId);
        return course ? [{ slug: course.slug, title: course.title }] : [];
      },
    ),
    selfDeclared: selfDeclared.get(gap.competencyId) ?? null,
  }));
  const gapIds = new Set(gaps.map((gap) => gap.competencyId));
  const metRows: RoleRequirementRow[] = [...required.entries()]
    .filter(([competencyId]) => !gapIds.has(competencyId))
    .map(([competencyId, { competencyName, required: level }]) => {
      const current = currentLevels.get(competencyId) ?? 0;
      return {
        competencyId,
        name: competencyName,
        required: level,
        requiredLevelName: levelName(competencyId, level),
        current,
        currentLevelName: levelName(competencyId, current),
        gap: 0,
        recommendations: [],
        enrolledCourses: [],
        selfDeclared: selfDeclared.get(competencyId) ?? null,
      };
    })
    .sort((a, b) => NAME_ORDER.compare(a.name, b.name));

  // Held levels first; then competencies whose only evidence was revoked, which stay visible as history.
  const competencies = new Map(
    held.map((row) => [row.competency.id, { competencyId: row.competency.id, name: row.competency.name, type: row.competency.type, area: row.competency.area, level: row.level }]),
  );
  for (const entry of entries) {
    if (!competencies.has(entry.competencyId)) {
      competencies.set(entry.competencyId, { competencyId: entry.competencyId, ...entry.competency, level: 0 });
    }
  }

  return {
    official: { name: official.name, designation: official.designation },
    position: official.fracPosition ? { title: official.fracPosition.title, roleNames: roles.map((role) => role.name) } : null,
    held: [...competencies.values()]
      .map(({ competencyId, level, ...competency }) => ({
        competencyId,
        ...competency,
        level,
        levelName: level > 0 ? levelName(competencyId, level) : null,
        requiredLevel: required.get(competencyId)?.required ?? null,
        evidence: evidenceByCompetency.get(competencyId) ?? [],
        selfDeclared: selfDeclared.get(competencyId) ?? null,
      }))
      .sort((a, b) => NAME_ORDER.compare(a.name, b.name)),
    requirements: [...gapRows, ...metRows],
    gapCount: gapRows.length,
  };
});
