import "server-only";
import { cache } from "react";
import { compareTeamMembers, summariseTeam, summariseTeamMember, type TeamMemberSummary, type TeamTotals } from "@/lib/domain/team/team-summary";
import type { CurrentUser } from "@/lib/domain/roles";
import { db } from "@/lib/server/db";

export type TeamMember = {
  id: string;
  name: string;
  designation: string | null;
  postTitle: string | null;
  isSuspended: boolean;
  summary: TeamMemberSummary;
};

export type Team = { members: TeamMember[]; totals: TeamTotals };

/**
 * The signed-in official's direct reportees with their learning and readiness. Scoped by the
 * reporting line itself (reportingOfficerId = the officer), so nobody else's team can be asked
 * for. One query per concern, whatever the team's size.
 */
export const listTeam = cache(async (officer: Pick<CurrentUser, "id">, now: Date = new Date()): Promise<Team> => {
  const reportees = await db.user.findMany({
    where: { reportingOfficerId: officer.id, id: { not: officer.id } },
    select: {
      id: true,
      name: true,
      designation: true,
      status: true,
      fracPosition: {
        select: { title: true, roles: { select: { role: { select: { competencies: { select: { competencyId: true, requiredLevel: true } } } } } } },
      },
    },
  });
  const ids = reportees.map((reportee) => reportee.id);
  const [held, enrolments, pending] =
    ids.length === 0
      ? [[], [], []]
      : await Promise.all([
          db.officialCompetency.findMany({ where: { userId: { in: ids } }, select: { userId: true, competencyId: true, level: true } }),
          db.enrolment.findMany({ where: { userId: { in: ids }, status: { not: "WITHDRAWN" } }, select: { userId: true, status: true, source: true, dueAt: true } }),
          db.selfAssessment.findMany({ where: { userId: { in: ids }, reviewedAt: null }, select: { userId: true, competencyId: true } }),
        ]);

  const heldBy = new Map<string, Map<string, number>>();
  for (const row of held) heldBy.set(row.userId, (heldBy.get(row.userId) ?? new Map()).set(row.competencyId, row.level));
  const enrolmentsBy = new Map<string, (typeof enrolments)[number][]>();
  for (const row of enrolments) enrolmentsBy.set(row.userId, [...(enrolmentsBy.get(row.userId) ?? []), row]);
  const pendingBy = new Map<string, Set<string>>();
  for (const row of pending) pendingBy.set(row.userId, (pendingBy.get(row.userId) ?? new Set()).add(row.competencyId));

  const members: TeamMember[] = reportees
    .map((reportee) => {
      const requirements = reportee.fracPosition?.roles.flatMap(({ role }) => role.competencies) ?? [];
      const required = new Set(requirements.map((requirement) => requirement.competencyId));
      return {
        id: reportee.id,
        name: reportee.name,
        designation: reportee.designation,
        postTitle: reportee.fracPosition?.title ?? null,
        isSuspended: reportee.status === "SUSPENDED",
        summary: summariseTeamMember({
          requirements,
          held: heldBy.get(reportee.id) ?? new Map(),
          enrolments: enrolmentsBy.get(reportee.id) ?? [],
          // Ratings are made against the post; one left over from an earlier post is not the officer's to review.
          pendingSelfAssessments: [...(pendingBy.get(reportee.id) ?? [])].filter((competencyId) => required.has(competencyId)).length,
          now,
        }),
      };
    })
    .sort(compareTeamMembers);
  return { members, totals: summariseTeam(members.map((member) => member.summary)) };
});
