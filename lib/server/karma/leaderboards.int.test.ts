import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { istDay } from "@/lib/domain/learning/learning-days";
import { weekWindow } from "@/lib/domain/learning/learning-hours";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createOrganisation } from "@/lib/server/factories/create-organisation";
import { getKarmaSummary } from "./get-karma-summary";
import { getLearningWeekBoard } from "./get-learning-week-board";
import { getOrganisationKarmaBoard, LEADERBOARD_SIZE } from "./get-organisation-leaderboard";

const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });

// A week no other test writes to, so the government-wide board holds only this file's rows.
const NOW = new Date("2031-03-05T06:00:00Z");
const WEEK_START = weekWindow(NOW).start;
const dayOfWeek = (offset: number) => istDay(new Date(WEEK_START.getTime() + offset * 86_400_000));

const ids: Record<string, string> = {};
let organisationName = "";

async function official(key: string, organisationId: string | null, karmaPoints: number, status: "ACTIVE" | "SUSPENDED" = "ACTIVE") {
  const created = await createOfficial(fixtureDb, { name: `Board ${key}`, organisationId, status });
  await fixtureDb.user.update({ where: { id: created.id }, data: { karmaPoints } });
  ids[key] = created.id;
}

beforeAll(async () => {
  const organisation = await createOrganisation(fixtureDb, { name: "Directorate of Leaderboard Tests" });
  const elsewhere = await createOrganisation(fixtureDb, { name: "Board of Elsewhere" });
  organisationName = organisation.name;
  await official("A", organisation.id, 300);
  await official("B", organisation.id, 200);
  await official("C", organisation.id, 200);
  await official("D", organisation.id, 50);
  await official("E", organisation.id, 0);
  await official("Suspended", organisation.id, 1000, "SUSPENDED");
  await official("Outsider", elsewhere.id, 900);

  const time = (key: string, offset: number, seconds: number, competencyLinkedSeconds: number) => ({
    userId: ids[key]!,
    day: dayOfWeek(offset),
    seconds,
    competencyLinkedSeconds,
  });
  await fixtureDb.learningTimeDaily.createMany({
    data: [
      // Monday and Sunday: both inside the week.
      time("A", 0, 3600, 3600),
      time("A", 6, 1800, 1800),
      // Only competency-linked time counts toward the Learning Week.
      time("B", 1, 9000, 1000),
      time("Outsider", 3, 7200, 7200),
      // The Sunday before and the Monday after fall outside the week.
      time("D", -1, 90_000, 90_000),
      time("D", 7, 90_000, 90_000),
      time("Suspended", 2, 50_000, 50_000),
      time("E", 2, 600, 0),
    ],
  });
  await fixtureDb.karmaAward.createMany({
    data: [
      { userId: ids.A!, rule: "COURSE_COMPLETED", points: 100, sourceType: "Course", sourceId: "01a20864-0000-7000-8000-000000000001", awardedAt: new Date("2031-01-01") },
      { userId: ids.A!, rule: "RETIRED_RULE", points: 5, sourceType: "Other", sourceId: "x", awardedAt: new Date("2031-01-02") },
    ],
  });
});

afterAll(async () => {
  await fixtureDb.$disconnect();
});

describe("getOrganisationKarmaBoard", () => {
  test("ranks the official's organisation by points, ties sharing a rank, without suspended officials or other organisations", async () => {
    const board = await getOrganisationKarmaBoard(ids.D!);
    expect(board.organisationName).toBe(organisationName);
    expect(board.entries.map((e) => [e.name, e.score, e.rank, e.isMe])).toEqual([
      ["Board A", 300, 1, false],
      ["Board B", 200, 2, false],
      ["Board C", 200, 2, false],
      ["Board D", 50, 4, true],
    ]);
    expect(board.me).toEqual({ rank: 4, score: 50 });
    expect(Object.keys(board.entries[0]!)).not.toContain("email");
  });

  test("an official with no points is not on the board but still has a rank", async () => {
    const board = await getOrganisationKarmaBoard(ids.E!);
    expect(board.entries.some((entry) => entry.isMe)).toBe(false);
    expect(board.me).toEqual({ rank: 5, score: 0 });
  });

  test("shows the top entries only, with the official's own rank from below the cut", async () => {
    const big = await createOrganisation(fixtureDb);
    for (let index = 0; index < LEADERBOARD_SIZE + 2; index += 1) {
      const colleague = await createOfficial(fixtureDb, { organisationId: big.id });
      await fixtureDb.user.update({ where: { id: colleague.id }, data: { karmaPoints: 1000 - index } });
    }
    const me = await createOfficial(fixtureDb, { organisationId: big.id });
    await fixtureDb.user.update({ where: { id: me.id }, data: { karmaPoints: 10 } });
    const board = await getOrganisationKarmaBoard(me.id);
    expect(board.entries).toHaveLength(LEADERBOARD_SIZE);
    expect(board.entries.map((entry) => entry.rank)).toEqual(Array.from({ length: LEADERBOARD_SIZE }, (_, i) => i + 1));
    expect(board.me).toEqual({ rank: LEADERBOARD_SIZE + 3, score: 10 });
  });

  test("an official without an organisation has no board", async () => {
    const loose = await createOfficial(fixtureDb);
    expect(await getOrganisationKarmaBoard(loose.id)).toEqual({ organisationName: null, entries: [], me: null });
  });
});

describe("getLearningWeekBoard", () => {
  test("across government: competency-linked seconds summed over the IST week, active officials only", async () => {
    const board = await getLearningWeekBoard(ids.B!, "government", NOW);
    expect(board.entries.map((e) => [e.name, e.score, e.rank, e.organisationName])).toEqual([
      ["Board Outsider", 7200, 1, "Board of Elsewhere"],
      ["Board A", 5400, 2, organisationName],
      ["Board B", 1000, 3, organisationName],
    ]);
    expect(board.me).toEqual({ rank: 3, score: 1000 });
    expect(board.entries.find((entry) => entry.isMe)?.name).toBe("Board B");
  });

  test("within the organisation: the same sums, colleagues only", async () => {
    const board = await getLearningWeekBoard(ids.B!, "organisation", NOW);
    expect(board.entries.map((e) => [e.name, e.rank])).toEqual([
      ["Board A", 1],
      ["Board B", 2],
    ]);
    expect(board.me).toEqual({ rank: 2, score: 1000 });
  });

  test("weekly totals follow every change to the days, by trigger", async () => {
    const weekly = () =>
      fixtureDb.learningTimeWeekly.findMany({ where: { userId: ids.E! }, orderBy: { weekStart: "asc" }, select: { weekStart: true, seconds: true, competencyLinkedSeconds: true } });
    const monday = dayOfWeek(0);
    expect(await weekly()).toEqual([{ weekStart: monday, seconds: 600, competencyLinkedSeconds: 0 }]);

    await fixtureDb.learningTimeDaily.create({ data: { userId: ids.E!, day: dayOfWeek(4), seconds: 120, competencyLinkedSeconds: 120 } });
    await fixtureDb.learningTimeDaily.update({ where: { userId_day: { userId: ids.E!, day: dayOfWeek(2) } }, data: { seconds: 900 } });
    expect(await weekly()).toEqual([{ weekStart: monday, seconds: 1020, competencyLinkedSeconds: 120 }]);

    // A row moved to the next week leaves this one and joins that one.
    await fixtureDb.learningTimeDaily.update({ where: { userId_day: { userId: ids.E!, day: dayOfWeek(4) } }, data: { day: dayOfWeek(8) } });
    expect(await weekly()).toEqual([
      { weekStart: monday, seconds: 900, competencyLinkedSeconds: 0 },
      { weekStart: dayOfWeek(7), seconds: 120, competencyLinkedSeconds: 120 },
    ]);
    await fixtureDb.learningTimeDaily.delete({ where: { userId_day: { userId: ids.E!, day: dayOfWeek(8) } } });
    await fixtureDb.learningTimeDaily.update({ where: { userId_day: { userId: ids.E!, day: dayOfWeek(2) } }, data: { seconds: 600 } });
    expect((await weekly()).map((row) => row.seconds)).toEqual([600, 0]);
  });

  test("an official with no linked time this week ranks after everyone who has some", async () => {
    const board = await getLearningWeekBoard(ids.D!, "government", NOW);
    expect(board.me).toEqual({ rank: 4, score: 0 });
  });
});

describe("getKarmaSummary", () => {
  test("lists the awards with labels from the karma table and what earned them", async () => {
    const summary = await getKarmaSummary(ids.A!);
    expect(summary?.points).toBe(300);
    expect(summary?.awards.map((a) => [a.label, a.points])).toEqual([
      ["RETIRED_RULE", 5],
      ["Completing a course", 100],
    ]);
  });
});
