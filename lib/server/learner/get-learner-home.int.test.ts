import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createOrganisation } from "@/lib/server/factories/create-organisation";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createProvider } from "@/lib/server/factories/create-provider";
import { uniqueSuffix } from "@/lib/server/factories/unique-suffix";
import { getLearnerHome } from "./get-learner-home";

// Fixtures go through a plain client (the factories' type); the code under test uses the app's own.
const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });

const DAY = 86_400_000;
let learnerId = "";
let otherLearnerId = "";

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
  learnerId = learner.id;
  otherLearnerId = other.id;
  const provider = await createProvider(fixtureDb);

  const [overdue, dueLater, notStarted, done, withdrawn] = await Promise.all(
    ["Overdue course", "Due later course", "Not started course", "Completed course", "Withdrawn course"].map((t) => createCourse(provider.id, t)),
  );
  const now = Date.now();
  await fixtureDb.enrolment.createMany({
    data: [
      { userId: learner.id, courseId: overdue!.id, status: "IN_PROGRESS", progressPercent: 40, dueAt: new Date(now - 2 * DAY) },
      { userId: learner.id, courseId: dueLater!.id, status: "IN_PROGRESS", progressPercent: 70, dueAt: new Date(now + 10 * DAY) },
      { userId: learner.id, courseId: notStarted!.id, status: "ENROLLED" },
      { userId: learner.id, courseId: withdrawn!.id, status: "WITHDRAWN" },
      // Another official's enrolment must never appear on this learner's home.
      { userId: other.id, courseId: overdue!.id, status: "IN_PROGRESS", progressPercent: 10 },
    ],
  });
  const completed = await fixtureDb.enrolment.create({
    data: { userId: learner.id, courseId: done!.id, status: "COMPLETED", progressPercent: 100, completedAt: new Date(now - DAY) },
  });
  await fixtureDb.certificate.create({
    data: { enrolmentId: completed.id, userId: learner.id, courseId: done!.id, code: `CERT-${uniqueSuffix()}` },
  });
});

afterAll(async () => {
  await fixtureDb.$disconnect();
});

describe("getLearnerHome", () => {
  test("returns the official's profile, counts and enrolments in due order", async () => {
    const home = await getLearnerHome(learnerId);
    expect(home).not.toBeNull();
    expect(home!.official).toEqual({
      name: expect.any(String),
      designation: "Under Secretary",
      organisationName: "Department of Learner Tests",
      parentOrganisationName: "Ministry of Learner Tests",
    });
    expect(home!.counts).toEqual({ notStarted: 1, inProgress: 2, completed: 1, overdue: 1, certificates: 1 });
    expect(home!.openEnrolments.map((e) => [e.courseTitle, e.isOverdue])).toEqual([
      ["Overdue course", true],
      ["Due later course", false],
      ["Not started course", false],
    ]);
    expect(home!.completedEnrolments).toHaveLength(1);
    expect(home!.completedEnrolments[0]).toMatchObject({ courseTitle: "Completed course", hasCertificate: true, progressPercent: 100 });
  });

  test("an official with no enrolments gets empty lists, not an error", async () => {
    const lonely = await createOfficial(fixtureDb);
    const home = await getLearnerHome(lonely.id);
    expect(home?.counts).toEqual({ notStarted: 0, inProgress: 0, completed: 0, overdue: 0, certificates: 0 });
    expect(home?.openEnrolments).toEqual([]);
    expect(home?.official.organisationName).toBeNull();
  });

  test("another official's data stays separate", async () => {
    const home = await getLearnerHome(otherLearnerId);
    expect(home?.openEnrolments.map((e) => e.courseTitle)).toEqual(["Overdue course"]);
    expect(home?.openEnrolments[0]?.isOverdue).toBe(false);
  });

  test("an unknown user id gives null", async () => {
    expect(await getLearnerHome("00000000-0000-7000-8000-000000000000")).toBeNull();
  });
});
