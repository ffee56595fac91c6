import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { istDay } from "@/lib/domain/learning/learning-days";
import { LEARNING_WEEK_TARGET_SECONDS, weekWindow } from "@/lib/domain/learning/learning-hours";
import { createEnrolment } from "@/lib/server/factories/create-enrolment";
import { createOrganisation } from "@/lib/server/factories/create-organisation";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createProvider } from "@/lib/server/factories/create-provider";
import { uniqueSuffix } from "@/lib/server/factories/unique-suffix";
import { createCourse as createCourseWithContent } from "@/lib/server/factories/create-course";
import { getLearnerHome } from "./get-learner-home";
import { getLearningTime } from "./get-learning-time";

// Fixtures go through a plain client (the factories' type); the code under test uses the app's own.
const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });

const DAY = 86_400_000;
let learnerId = "";
let otherLearnerId = "";
let assignerName = "";

async function createCourse(providerId: string, title: string) {
  const suffix = uniqueSuffix();
  return fixtureDb.course.create({
    data: { slug: `course-${suffix}`, providerId, title, summary: "s", description: "d", durationMinutes: 90, status: "PUBLISHED" },
  });
}

beforeAll(async () => {
  const ministry = await createOrganisation(fixtureDb, { name: "Ministry of Learner Tests" });
  const department = await createOrganisation(fixtureDb, { name: "Department of Learner Tests", parentId: ministry.id, kind: "DEPARTMENT" });
  const learner = await createOfficial(fixtureDb, { organisationId: department.id, designation: "Under Secretary" });
  const other = await createOfficial(fixtureDb, { organisationId: department.id });
  const assigner = await createOfficial(fixtureDb, { organisationId: department.id, name: "Deputy Secretary Assigner" });
  assignerName = assigner.name;
  learnerId = learner.id;
  otherLearnerId = other.id;
  const provider = await createProvider(fixtureDb);

  const [overdue, dueLater, notStarted, done, withdrawn] = await Promise.all(
    ["Overdue course", "Due later course", "Not started course", "Completed course", "Withdrawn course"].map((t) => createCourse(provider.id, t)),
  );
  const now = Date.now();
  await fixtureDb.enrolment.createMany({
    data: [
      { userId: learner.id, courseId: overdue!.id, status: "IN_PROGRESS", progressPercent: 40, dueAt: new Date(now - 2 * DAY), source: "PLAN" },
      {
        userId: learner.id,
        courseId: dueLater!.id,
        status: "IN_PROGRESS",
        progressPercent: 70,
        dueAt: new Date(now + 10 * DAY),
        source: "ASSIGNED",
        assignedById: assigner.id,
      },
      { userId: learner.id, courseId: notStarted!.id, status: "ENROLLED" },
      { userId: learner.id, courseId: withdrawn!.id, status: "WITHDRAWN" },
      // Another official's enrolment must never appear on this learner's home.
      { userId: other.id, courseId: overdue!.id, status: "IN_PROGRESS", progressPercent: 10 },
    ],
  });
  const completed = await fixtureDb.enrolment.create({
    data: { userId: learner.id, courseId: done!.id, status: "COMPLETED", progressPercent: 100, completedAt: new Date(now - DAY), source: "ASSIGNED" },
  });
  await fixtureDb.certificate.create({
    data: { enrolmentId: completed.id, userId: learner.id, courseId: done!.id, code: `CERT-HOME-${uniqueSuffix()}` },
  });
  await fixtureDb.courseRating.create({ data: { userId: learner.id, courseId: done!.id, rating: 4 } });
});

afterAll(async () => {
  await fixtureDb.$disconnect();
});

describe("getLearnerHome", () => {
  test("returns the official's profile, counts and the in-progress tab in due order", async () => {
    const home = await getLearnerHome(learnerId);
    expect(home).not.toBeNull();
    expect(home!.official).toEqual({
      name: expect.any(String),
      designation: "Under Secretary",
      organisationName: "Department of Learner Tests",
      parentOrganisationName: "Ministry of Learner Tests",
      karmaPoints: 0,
    });
    expect(home!.counts).toEqual({ notStarted: 1, inProgress: 2, completed: 1, overdue: 1, certificates: 1 });
    expect(home!.tabCounts).toEqual({ "in-progress": 3, assigned: 3, completed: 1 });
    expect(home!.tab).toBe("in-progress");
    expect(home!.enrolments.map((e) => [e.courseTitle, e.isOverdue, e.source])).toEqual([
      ["Overdue course", true, "PLAN"],
      ["Due later course", false, "ASSIGNED"],
      ["Not started course", false, "SELF"],
    ]);
  });

  test("the assigned tab holds supervisor and plan assignments, open ones by due date before completed ones", async () => {
    const home = await getLearnerHome(learnerId, "assigned");
    expect(home!.enrolments.map((e) => [e.courseTitle, e.status, e.assignedByName])).toEqual([
      ["Overdue course", "IN_PROGRESS", null],
      ["Due later course", "IN_PROGRESS", assignerName],
      ["Completed course", "COMPLETED", null],
    ]);
  });

  test("the completed tab links the certificate and the official's own rating", async () => {
    const home = await getLearnerHome(learnerId, "completed");
    expect(home!.enrolments).toHaveLength(1);
    expect(home!.enrolments[0]).toMatchObject({
      courseTitle: "Completed course",
      certificateCode: expect.stringMatching(/^CERT-HOME-/),
      myRating: 4,
      progressPercent: 100,
    });
  });

  test("an official with no enrolments gets empty lists, not an error", async () => {
    const lonely = await createOfficial(fixtureDb);
    const home = await getLearnerHome(lonely.id);
    expect(home?.counts).toEqual({ notStarted: 0, inProgress: 0, completed: 0, overdue: 0, certificates: 0 });
    expect(home?.enrolments).toEqual([]);
    expect(home?.official.organisationName).toBeNull();
  });

  test("another official's data stays separate", async () => {
    const home = await getLearnerHome(otherLearnerId);
    expect(home?.enrolments.map((e) => e.courseTitle)).toEqual(["Overdue course"]);
    expect(home?.enrolments[0]?.isOverdue).toBe(false);
    expect((await getLearnerHome(otherLearnerId, "completed"))?.enrolments).toEqual([]);
  });

  test("an unknown user id gives null", async () => {
    expect(await getLearnerHome("00000000-0000-7000-8000-000000000000")).toBeNull();
  });
});

describe("getLearningTime", () => {
  // A fixed Wednesday, so the test does not depend on today's date.
  const NOW = new Date("2029-07-11T08:00:00Z");
  const dayAt = (offsetDays: number) => istDay(new Date(weekWindow(NOW).start.getTime() + offsetDays * DAY));

  test("reads validated time from LearningTimeDaily only, for the IST week and year", async () => {
    const official = await createOfficial(fixtureDb);
    await fixtureDb.learningTimeDaily.createMany({
      data: [
        { userId: official.id, day: dayAt(0), seconds: 3600, competencyLinkedSeconds: 3000 },
        { userId: official.id, day: dayAt(6), seconds: 1800, competencyLinkedSeconds: 1800 },
        // Last week: this year, not this week.
        { userId: official.id, day: dayAt(-1), seconds: 7200, competencyLinkedSeconds: 7200 },
        // Last year: neither.
        { userId: official.id, day: new Date("2028-12-31T00:00:00Z"), seconds: 9999, competencyLinkedSeconds: 0 },
      ],
    });
    // Raw lesson progress is not validated time for these figures: it must not be counted.
    const provider = await createProvider(fixtureDb);
    const course = await createCourseWithContent(fixtureDb, { providerId: provider.id });
    await createEnrolment(fixtureDb, { userId: official.id, courseId: course.id, completedLessons: "all", enrolledAt: NOW });

    const time = await getLearningTime(official.id, NOW);
    expect(time.weekSeconds).toBe(5400);
    expect(time.yearSeconds).toBe(5400 + 7200);
    expect(time.learningWeek).toMatchObject({ seconds: 4800, targetSeconds: LEARNING_WEEK_TARGET_SECONDS, percent: 33, isMet: false });
  });

  test("an official with no time gets zeros", async () => {
    const official = await createOfficial(fixtureDb);
    const time = await getLearningTime(official.id, NOW);
    expect([time.weekSeconds, time.yearSeconds, time.learningWeek.percent]).toEqual([0, 0, 0]);
  });
});
