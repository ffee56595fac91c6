import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { KARMA_RULES } from "@/lib/domain/learning/karma-points";
import { VERBS } from "@/lib/domain/learning/xapi";
import { PermissionDeniedError } from "@/lib/domain/permissions";
import type { RoleGrant } from "@/lib/domain/roles";
import { createCourse } from "@/lib/server/factories/create-course";
import { createEnrolment } from "@/lib/server/factories/create-enrolment";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createProvider } from "@/lib/server/factories/create-provider";
import { getBatchAttendance } from "./get-batch-attendance";
import { listProviderBatches } from "./list-provider-batches";
import { getLearningRecordSummary } from "@/lib/server/learner/get-learning-record-summary";
import { markSessionAttendance, type AttendanceActor } from "./mark-session-attendance";

const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });
const POINTS = KARMA_RULES.SESSION_ATTENDED.points;

const HOUR = 3_600_000;
const NOW = new Date("2026-06-10T06:00:00Z");
const grant = (role: RoleGrant["role"], providerId: string | null = null): RoleGrant => ({ role, providerId, organisationId: null });

type BatchFixture = {
  courseId: string;
  batchId: string;
  pastSessionId: string;
  futureSessionId: string;
  officials: { id: string }[];
  withdrawnId: string;
};

let providerId = "";
let otherProviderId = "";
let author: AttendanceActor;

/** A blended course with one batch: a session that started an hour before NOW, one a week later. */
async function batchFixture(provider: string, officialCount = 3): Promise<BatchFixture> {
  const course = await createCourse(fixtureDb, {
    providerId: provider,
    mode: "BLENDED",
    batches: [
      {
        code: "B-1",
        startsAt: new Date(NOW.getTime() - HOUR),
        endsAt: new Date(NOW.getTime() + 7 * 24 * HOUR),
        venue: "ISTM, New Delhi",
        seatLimit: 30,
        status: "CLOSED",
        sessions: [
          { title: "Opening", startsAt: new Date(NOW.getTime() - HOUR), endsAt: new Date(NOW.getTime() + 2 * HOUR) },
          { title: "Wrap-up", startsAt: new Date(NOW.getTime() + 7 * 24 * HOUR), endsAt: new Date(NOW.getTime() + 7 * 24 * HOUR + 3 * HOUR) },
        ],
      },
    ],
  });
  const batch = await fixtureDb.batch.findFirstOrThrow({ where: { courseId: course.id }, select: { id: true, sessions: { orderBy: { startsAt: "asc" }, select: { id: true } } } });
  const officials = await Promise.all(Array.from({ length: officialCount }, () => createOfficial(fixtureDb, { designation: "Section Officer" })));
  for (const official of officials) await createEnrolment(fixtureDb, { userId: official.id, courseId: course.id, batchId: batch.id });
  const withdrawn = await createOfficial(fixtureDb);
  const enrolment = await createEnrolment(fixtureDb, { userId: withdrawn.id, courseId: course.id, batchId: batch.id });
  await fixtureDb.enrolment.update({ where: { id: enrolment.id }, data: { status: "WITHDRAWN" } });
  return {
    courseId: course.id,
    batchId: batch.id,
    pastSessionId: batch.sessions[0]!.id,
    futureSessionId: batch.sessions[1]!.id,
    officials,
    withdrawnId: withdrawn.id,
  };
}

async function karmaOf(userId: string) {
  const [user, awards] = await Promise.all([
    fixtureDb.user.findUniqueOrThrow({ where: { id: userId }, select: { karmaPoints: true } }),
    fixtureDb.karmaAward.findMany({ where: { userId }, select: { rule: true, points: true, sourceType: true, sourceId: true } }),
  ]);
  return { points: user.karmaPoints, awards };
}

async function marksOf(sessionId: string) {
  const rows = await fixtureDb.sessionAttendance.findMany({ where: { sessionId }, select: { userId: true, status: true } });
  return new Map(rows.map((row) => [row.userId, row.status]));
}

async function attendedRecords(userId: string) {
  return fixtureDb.learningRecord.findMany({
    where: { actorId: userId, verb: VERBS.attended.id },
    orderBy: { id: "asc" },
    select: { objectType: true, objectId: true, result: true, context: true },
  });
}

/** Nothing about these officials changed: no marks, awards or records. */
async function expectUntouched(sessionId: string, userIds: string[]) {
  const marks = await marksOf(sessionId);
  for (const userId of userIds) {
    expect(marks.has(userId)).toBe(false);
    expect(await karmaOf(userId)).toEqual({ points: 0, awards: [] });
    expect(await attendedRecords(userId)).toEqual([]);
  }
}

beforeAll(async () => {
  providerId = (await createProvider(fixtureDb)).id;
  otherProviderId = (await createProvider(fixtureDb)).id;
  const staff = await createOfficial(fixtureDb, { roles: [{ role: "CONTENT_PROVIDER", providerId }] });
  author = { id: staff.id, grants: [grant("CONTENT_PROVIDER", providerId)] };
});

afterAll(async () => {
  await fixtureDb.$disconnect();
});

describe("markSessionAttendance", () => {
  test("PRESENT awards SESSION_ATTENDED once, however often it is saved, and records 'attended'", async () => {
    const f = await batchFixture(providerId);
    const [a, b] = f.officials;
    const input = { actor: author, batchId: f.batchId, sessionId: f.pastSessionId, now: NOW };

    const first = await markSessionAttendance({ ...input, marks: [{ userId: a!.id, status: "PRESENT" }, { userId: b!.id, status: "ABSENT" }] });
    expect(first).toEqual({ changed: 2, karmaAwarded: 1, karmaRevoked: 0 });
    const again = await markSessionAttendance({ ...input, marks: [{ userId: a!.id, status: "PRESENT" }, { userId: b!.id, status: "ABSENT" }] });
    expect(again).toEqual({ changed: 0, karmaAwarded: 0, karmaRevoked: 0 });

    expect(await karmaOf(a!.id)).toEqual({
      points: POINTS,
      awards: [{ rule: "SESSION_ATTENDED", points: POINTS, sourceType: "Session", sourceId: f.pastSessionId }],
    });
    expect(await karmaOf(b!.id)).toEqual({ points: 0, awards: [] });
    expect(await marksOf(f.pastSessionId)).toEqual(new Map([[a!.id, "PRESENT"], [b!.id, "ABSENT"]]));
    const stored = await fixtureDb.sessionAttendance.findUniqueOrThrow({ where: { sessionId_userId: { sessionId: f.pastSessionId, userId: a!.id } } });
    expect(stored.markedAt).toEqual(NOW);
    const records = await attendedRecords(a!.id);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      objectType: "Session",
      objectId: f.pastSessionId,
      result: { completion: true, response: "PRESENT" },
      context: { courseId: f.courseId },
    });
    expect(await attendedRecords(b!.id)).toMatchObject([{ result: { completion: false, response: "ABSENT" } }]);

    // The official's own record page names the session and calls an absence an absence.
    const [absent] = (await getLearningRecordSummary(b!.id)).recent;
    expect(absent).toMatchObject({ verb: "absent", objectType: "session", objectName: expect.stringMatching(/^.+: .+$/) });
    expect((await getLearningRecordSummary(a!.id)).recent[0]).toMatchObject({ verb: "attended", objectType: "session" });
  });

  test("correcting PRESENT to ABSENT or EXCUSED takes the award back; PRESENT again re-awards it", async () => {
    const f = await batchFixture(providerId);
    const [a, b] = f.officials;
    const input = { actor: author, batchId: f.batchId, sessionId: f.pastSessionId, now: NOW };
    await markSessionAttendance({ ...input, marks: [{ userId: a!.id, status: "PRESENT" }, { userId: b!.id, status: "PRESENT" }] });

    // The session (3 hours) counts as learning time on its day while the mark is PRESENT.
    const timeOf = async (userId: string) => (await fixtureDb.learningTimeDaily.aggregate({ where: { userId }, _sum: { seconds: true } }))._sum.seconds ?? 0;
    expect(await timeOf(a!.id)).toBe(3 * 3600);

    const corrected = await markSessionAttendance({ ...input, marks: [{ userId: a!.id, status: "ABSENT" }, { userId: b!.id, status: "EXCUSED" }] });
    expect(await timeOf(a!.id)).toBe(0);
    expect(corrected).toEqual({ changed: 2, karmaAwarded: 0, karmaRevoked: 2 });
    for (const official of [a!, b!]) expect(await karmaOf(official.id)).toEqual({ points: 0, awards: [] });
    expect(await marksOf(f.pastSessionId)).toEqual(new Map([[a!.id, "ABSENT"], [b!.id, "EXCUSED"]]));

    await markSessionAttendance({ ...input, marks: [{ userId: a!.id, status: "PRESENT" }] });
    expect((await karmaOf(a!.id)).points).toBe(POINTS);
    // Every mark and correction is in the learning record, in order.
    expect((await attendedRecords(a!.id)).map((row) => (row.result as { response: string }).response)).toEqual(["PRESENT", "ABSENT", "PRESENT"]);
  });

  test("points stay the sum of awards, alongside other karma", async () => {
    const f = await batchFixture(providerId, 1);
    const [a] = f.officials;
    await fixtureDb.karmaAward.create({ data: { userId: a!.id, rule: "COURSE_RATED", points: 10, sourceType: "Course", sourceId: f.courseId } });
    await fixtureDb.user.update({ where: { id: a!.id }, data: { karmaPoints: 10 } });
    const input = { actor: author, batchId: f.batchId, sessionId: f.pastSessionId, now: NOW };
    for (const status of ["PRESENT", "EXCUSED", "PRESENT", "ABSENT"] as const) {
      await markSessionAttendance({ ...input, marks: [{ userId: a!.id, status }] });
      const karma = await karmaOf(a!.id);
      expect(karma.points).toBe(karma.awards.reduce((sum, award) => sum + award.points, 0));
    }
    expect(await karmaOf(a!.id)).toMatchObject({ points: 10, awards: [{ rule: "COURSE_RATED" }] });
  });

  test("refuses officials not in the batch (never enrolled, withdrawn) and writes nothing for anyone", async () => {
    const f = await batchFixture(providerId);
    const stranger = await createOfficial(fixtureDb);
    const [a] = f.officials;
    for (const outsider of [stranger.id, f.withdrawnId, "not-a-uuid"]) {
      await expect(
        markSessionAttendance({
          actor: author,
          batchId: f.batchId,
          sessionId: f.pastSessionId,
          now: NOW,
          marks: [{ userId: a!.id, status: "PRESENT" }, { userId: outsider, status: "PRESENT" }],
        }),
      ).rejects.toMatchObject({ code: "NOT_IN_BATCH", userIds: [outsider] });
    }
    await expectUntouched(f.pastSessionId, [a!.id, stranger.id, f.withdrawnId]);
  });

  test("refuses a session that has not started yet", async () => {
    const f = await batchFixture(providerId);
    const [a] = f.officials;
    await expect(
      markSessionAttendance({ actor: author, batchId: f.batchId, sessionId: f.futureSessionId, now: NOW, marks: [{ userId: a!.id, status: "PRESENT" }] }),
    ).rejects.toMatchObject({ code: "SESSION_NOT_STARTED" });
    await expectUntouched(f.futureSessionId, [a!.id]);
  });

  test("refuses another provider's batch, an unknown session and a session of another batch, alike", async () => {
    const theirs = await batchFixture(otherProviderId);
    const ours = await batchFixture(providerId);
    const [a] = theirs.officials;
    const attempts = [
      { batchId: theirs.batchId, sessionId: theirs.pastSessionId },
      { batchId: ours.batchId, sessionId: theirs.pastSessionId },
      { batchId: theirs.batchId, sessionId: "0190a0b0-0000-7000-8000-000000000000" },
      { batchId: "nope", sessionId: theirs.pastSessionId },
    ];
    for (const ids of attempts) {
      await expect(
        markSessionAttendance({ actor: author, ...ids, now: NOW, marks: [{ userId: a!.id, status: "PRESENT" }] }),
      ).rejects.toMatchObject({ code: "SESSION_NOT_FOUND" });
    }
    await expectUntouched(theirs.pastSessionId, [a!.id]);
  });

  test("refuses a learner without a provider grant; a super admin may mark any provider's session", async () => {
    const f = await batchFixture(otherProviderId);
    const [a] = f.officials;
    const learner = await createOfficial(fixtureDb);
    const input = { batchId: f.batchId, sessionId: f.pastSessionId, now: NOW, marks: [{ userId: a!.id, status: "PRESENT" }] };
    await expect(markSessionAttendance({ ...input, actor: { id: learner.id, grants: [grant("LEARNER")] } })).rejects.toBeInstanceOf(
      PermissionDeniedError,
    );
    // A provider grant without a provider is no scope at all.
    await expect(
      markSessionAttendance({ ...input, actor: { id: learner.id, grants: [grant("LEARNER"), grant("CONTENT_PROVIDER")] } }),
    ).rejects.toMatchObject({ code: "SESSION_NOT_FOUND" });
    await expectUntouched(f.pastSessionId, [a!.id]);

    const admin = await createOfficial(fixtureDb, { roles: [{ role: "SUPER_ADMIN" }] });
    await markSessionAttendance({ ...input, actor: { id: admin.id, grants: [grant("SUPER_ADMIN")] } });
    expect((await karmaOf(a!.id)).points).toBe(POINTS);
  });

  test("two saves of the same register at once award once", async () => {
    const f = await batchFixture(providerId, 2);
    const marks = f.officials.map((official) => ({ userId: official.id, status: "PRESENT" }));
    const input = { actor: author, batchId: f.batchId, sessionId: f.pastSessionId, now: NOW, marks };
    const results = await Promise.all([markSessionAttendance(input), markSessionAttendance(input)]);
    expect(results.map((result) => result.karmaAwarded).sort()).toEqual([0, 2]);
    for (const official of f.officials) expect((await karmaOf(official.id)).points).toBe(POINTS);
    for (const official of f.officials) expect(await attendedRecords(official.id)).toHaveLength(1);
  });
});

describe("attendance reads", () => {
  test("the batch register lists active officials by name with the selected session's marks and counts", async () => {
    const f = await batchFixture(providerId);
    const [a, b] = f.officials;
    await markSessionAttendance({
      actor: author,
      batchId: f.batchId,
      sessionId: f.pastSessionId,
      now: NOW,
      marks: [{ userId: a!.id, status: "PRESENT" }, { userId: b!.id, status: "EXCUSED" }],
    });
    // A mark stored before an official withdrew is kept but no longer counted.
    await fixtureDb.sessionAttendance.create({ data: { sessionId: f.pastSessionId, userId: f.withdrawnId, status: "PRESENT" } });

    const view = await getBatchAttendance(author, f.batchId, null, NOW);
    expect(view?.selectedSessionId).toBe(f.pastSessionId);
    expect(view?.rosterTotal).toBe(3);
    expect(view?.roster.map((row) => row.userId)).not.toContain(f.withdrawnId);
    expect(view?.roster.map((row) => row.name)).toEqual([...view!.roster.map((row) => row.name)].sort((x, y) => x.localeCompare(y)));
    expect(view?.roster.find((row) => row.userId === a!.id)).toMatchObject({ status: "PRESENT", designation: "Section Officer" });
    expect(view?.sessions.map((session) => [session.id, session.canMark, session.counts])).toEqual([
      [f.pastSessionId, true, { present: 1, absent: 0, excused: 1, unmarked: 1, total: 3 }],
      [f.futureSessionId, false, { present: 0, absent: 0, excused: 0, unmarked: 3, total: 3 }],
    ]);

    const future = await getBatchAttendance(author, f.batchId, f.futureSessionId, NOW);
    expect(future?.selectedSessionId).toBe(f.futureSessionId);
    expect(future?.roster.every((row) => row.status === null)).toBe(true);
  });

  test("another provider's batch is not found; the list shows only the user's batches with sessions", async () => {
    const theirs = await batchFixture(otherProviderId);
    expect(await getBatchAttendance(author, theirs.batchId, null, NOW)).toBeNull();
    expect(await getBatchAttendance({ grants: [grant("LEARNER")] }, theirs.batchId, null, NOW)).toBeNull();
    expect(await getBatchAttendance(author, "not-a-uuid", null, NOW)).toBeNull();

    const ours = await batchFixture(providerId);
    await createCourse(fixtureDb, {
      providerId,
      mode: "FACE_TO_FACE",
      batches: [{ code: "NO-SESSIONS", startsAt: NOW, endsAt: NOW, venue: "Delhi", seatLimit: 10, sessions: [] }],
    });
    const list = await listProviderBatches(author, 1);
    const ids = list.batches.map((batch) => batch.id);
    expect(ids).toContain(ours.batchId);
    expect(ids).not.toContain(theirs.batchId);
    expect(list.batches.map((batch) => batch.code)).not.toContain("NO-SESSIONS");
    expect(list.batches.find((batch) => batch.id === ours.batchId)).toMatchObject({ enrolled: 3, seatLimit: 30, sessionCount: 2 });
    expect((await listProviderBatches({ grants: [grant("LEARNER")] }, 1)).total).toBe(0);
  });
});
