import "server-only";
import { cache } from "react";
import { KARMA_RULES, type KarmaEvent } from "@/lib/domain/learning/karma-points";
import { db } from "@/lib/server/db";

const AWARD_LIMIT = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type KarmaAwardRow = {
  id: string;
  rule: string;
  /** The rule's label from KARMA_RULES, or the stored rule name for a rule since retired. */
  label: string;
  points: number;
  /** The course or session that earned it, where it still exists. */
  sourceName: string | null;
  awardedAt: Date;
};

export type KarmaSummary = { points: number; awardCount: number; awards: KarmaAwardRow[] };

/** The official's Karma Points and the latest awards behind them, with what earned each. */
export const getKarmaSummary = cache(async (userId: string): Promise<KarmaSummary | null> => {
  const [user, awardCount, awards] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { karmaPoints: true } }),
    db.karmaAward.count({ where: { userId } }),
    db.karmaAward.findMany({
      where: { userId },
      orderBy: [{ awardedAt: "desc" }, { id: "desc" }],
      take: AWARD_LIMIT,
      select: { id: true, rule: true, points: true, sourceType: true, sourceId: true, awardedAt: true },
    }),
  ]);
  if (!user) return null;

  // One query per kind of source, not one per award.
  const idsOf = (type: string) => [...new Set(awards.filter((a) => a.sourceType.toLowerCase() === type && UUID.test(a.sourceId)).map((a) => a.sourceId))];
  const [courses, enrolments, sessions] = await Promise.all([
    db.course.findMany({ where: { id: { in: idsOf("course") } }, select: { id: true, title: true } }),
    db.enrolment.findMany({ where: { id: { in: idsOf("enrolment") }, userId }, select: { id: true, course: { select: { title: true } } } }),
    db.batchSession.findMany({
      where: { id: { in: idsOf("session") } },
      select: { id: true, title: true, batch: { select: { course: { select: { title: true } } } } },
    }),
  ]);
  const names = new Map<string, string>([
    ...courses.map((row) => [row.id, row.title] as const),
    ...enrolments.map((row) => [row.id, row.course.title] as const),
    ...sessions.map((row) => [row.id, `${row.title} (${row.batch.course.title})`] as const),
  ]);

  return {
    points: user.karmaPoints,
    awardCount,
    awards: awards.map((award) => ({
      id: award.id,
      rule: award.rule,
      label: Object.hasOwn(KARMA_RULES, award.rule) ? KARMA_RULES[award.rule as KarmaEvent].label.en : award.rule,
      points: award.points,
      sourceName: names.get(award.sourceId) ?? null,
      awardedAt: award.awardedAt,
    })),
  };
});
