import "server-only";
import { cache } from "react";
import { rankByScore, rankFromHigherCount } from "@/lib/domain/leaderboard-rank";
import { db } from "@/lib/server/db";

export const LEADERBOARD_SIZE = 20;

export type LeaderboardEntry = {
  rank: number;
  userId: string;
  /** Names and organisations only: a leaderboard is seen by colleagues, so no email or contact detail. */
  name: string;
  organisationName: string | null;
  score: number;
  isMe: boolean;
};

export type Leaderboard = {
  entries: LeaderboardEntry[];
  /** The official's own place, whether or not they are in the top entries; null when they do not compete on this board. */
  me: { rank: number; score: number } | null;
};

export type OrganisationKarmaBoard = Leaderboard & { organisationName: string | null };

/**
 * Top officials by Karma Points within the official's own organisation, read from the
 * denormalised User.karmaPoints through the (organisationId, karmaPoints desc) index, and the
 * official's rank from one count of colleagues strictly ahead (competition ranking).
 */
export const getOrganisationKarmaBoard = cache(async (userId: string): Promise<OrganisationKarmaBoard> => {
  const me = await db.user.findUnique({
    where: { id: userId },
    select: { karmaPoints: true, organisationId: true, organisation: { select: { name: true } } },
  });
  if (!me?.organisationId) return { organisationName: null, entries: [], me: null };
  const organisationId = me.organisationId;

  const [top, ahead] = await Promise.all([
    db.user.findMany({
      where: { organisationId, status: "ACTIVE", karmaPoints: { gt: 0 } },
      orderBy: [{ karmaPoints: "desc" }, { name: "asc" }, { id: "asc" }],
      take: LEADERBOARD_SIZE,
      select: { id: true, name: true, karmaPoints: true },
    }),
    db.user.count({ where: { organisationId, status: "ACTIVE", karmaPoints: { gt: me.karmaPoints } } }),
  ]);
  const organisationName = me.organisation?.name ?? null;
  return {
    organisationName,
    entries: rankByScore(top, (row) => row.karmaPoints).map((row) => ({
      rank: row.rank,
      userId: row.id,
      name: row.name,
      organisationName,
      score: row.karmaPoints,
      isMe: row.id === userId,
    })),
    me: { rank: rankFromHigherCount(ahead), score: me.karmaPoints },
  };
});
