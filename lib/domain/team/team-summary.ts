// What a reporting officer sees of each direct reportee: their learning, how ready they are for
// their post by the same rules the gap reports use, and what waits for the officer's review.
import { assessRequirements, readinessOf, strictestRequirements, type Readiness, type Requirement } from "@/lib/domain/competency/requirement-status";
import { isEnrolmentOverdue, type EnrolmentStatusName } from "@/lib/domain/enrolment-progress";

export type TeamEnrolment = { status: EnrolmentStatusName; source: "SELF" | "ASSIGNED" | "PLAN" | "PROGRAMME"; dueAt: Date | null };

export type TeamMemberSummary = {
  /** False when no FRAC post is recorded: readiness then says nothing. */
  hasRequirements: boolean;
  readiness: Readiness;
  gapCount: number;
  coursesInProgress: number;
  coursesCompleted: number;
  /** Courses assigned by a supervisor or the organisation's plan, still open past their due date. */
  overdueAssignedCourses: number;
  pendingSelfAssessments: number;
};

const ASSIGNED_SOURCES: ReadonlySet<TeamEnrolment["source"]> = new Set(["ASSIGNED", "PLAN"]);

export function summariseTeamMember(input: {
  requirements: readonly Requirement[];
  held: ReadonlyMap<string, number>;
  enrolments: readonly TeamEnrolment[];
  pendingSelfAssessments: number;
  now: Date;
}): TeamMemberSummary {
  const statuses = assessRequirements(strictestRequirements(input.requirements), input.held);
  const readiness = readinessOf(statuses);
  let coursesInProgress = 0;
  let coursesCompleted = 0;
  let overdueAssignedCourses = 0;
  for (const enrolment of input.enrolments) {
    if (enrolment.status === "ENROLLED" || enrolment.status === "IN_PROGRESS") coursesInProgress += 1;
    if (enrolment.status === "COMPLETED") coursesCompleted += 1;
    if (ASSIGNED_SOURCES.has(enrolment.source) && isEnrolmentOverdue(enrolment, input.now)) overdueAssignedCourses += 1;
  }
  return {
    hasRequirements: statuses.length > 0,
    readiness,
    gapCount: readiness.requirements - readiness.met,
    coursesInProgress,
    coursesCompleted,
    overdueAssignedCourses,
    pendingSelfAssessments: input.pendingSelfAssessments,
  };
}

export type TeamTotals = {
  reportees: number;
  pendingSelfAssessments: number;
  /** Reportees short of at least one requirement of their post. */
  withGaps: number;
  /** Levels held of levels required, across everyone with a post (1 when nobody has one). */
  gapWeighted: number;
  levelsRequired: number;
  levelsMissing: number;
};

export function summariseTeam(members: readonly TeamMemberSummary[]): TeamTotals {
  let levelsRequired = 0;
  let levelsMissing = 0;
  for (const member of members) {
    levelsRequired += member.readiness.levelsRequired;
    levelsMissing += member.readiness.levelsMissing;
  }
  return {
    reportees: members.length,
    pendingSelfAssessments: members.reduce((sum, member) => sum + member.pendingSelfAssessments, 0),
    withGaps: members.filter((member) => member.gapCount > 0).length,
    gapWeighted: levelsRequired === 0 ? 1 : 1 - levelsMissing / levelsRequired,
    levelsRequired,
    levelsMissing,
  };
}

const NAME_ORDER = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** Reportees whose self-assessments wait for review first (most waiting first), then by name. */
export function compareTeamMembers(
  a: { name: string; id: string; summary: Pick<TeamMemberSummary, "pendingSelfAssessments"> },
  b: { name: string; id: string; summary: Pick<TeamMemberSummary, "pendingSelfAssessments"> },
): number {
  return (
    b.summary.pendingSelfAssessments - a.summary.pendingSelfAssessments ||
    NAME_ORDER.compare(a.name, b.name) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
