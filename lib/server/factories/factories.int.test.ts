import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createCertificate } from "./create-certificate";
import { createCompetency } from "./create-competency";
import { createCourse } from "./create-course";
import { createEnrolment } from "./create-enrolment";
import { createOfficial } from "./create-official";
import { createOrganisation } from "./create-organisation";
import { createPassbookEntry } from "./create-passbook-entry";
import { createProvider } from "./create-provider";

// The factories hold invariants other code relies on (closure rows, level maxima, progress),
// so they are tested like the use-cases they stand in for.
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });
afterAll(() => prisma.$disconnect());

describe("factories", () => {
  it("maintains closure rows for every ancestor of a new organisation, and is idempotent", async () => {
    const ministry = await createOrganisation(prisma, { kind: "MINISTRY" });
    const department = await createOrganisation(prisma, { kind: "DEPARTMENT", parentId: ministry.id });
    const office = await createOrganisation(prisma, { parentId: department.id });
    await createOrganisation(prisma, { code: office.code, parentId: department.id });

    const rows = await prisma.organisationClosure.findMany({
      where: { descendantId: office.id },
      select: { ancestorId: true, depth: true },
      orderBy: { depth: "asc" },
    });
    expect(office.depth).toBe(2);
    expect(rows).toEqual([
      { ancestorId: office.id, depth: 0 },
      { ancestorId: department.id, depth: 1 },
      { ancestorId: ministry.id, depth: 2 },
    ]);
  });

  it("creates a course with its content once; a second call with the slug only updates it", async () => {
    const provider = await createProvider(prisma);
    const competency = await createCompetency(prisma);
    const input = {
      providerId: provider.id,
      competencies: [{ competencyId: competency.id, level: 2 }],
      modules: [
        {
          title: "Module",
          lessons: [
            { type: "TEXT" as const, title: "Read", durationSeconds: 60, body: "# Hello" },
            {
              type: "ASSESSMENT" as const,
              title: "Quiz",
              durationSeconds: 120,
              assessment: {
                title: "Quiz",
                passMarkPercent: 50,
                questions: [
                  { type: "TRUE_FALSE" as const, prompt: "True?", options: [{ label: "True", isCorrect: true }, { label: "False", isCorrect: false }] },
                ],
              },
            },
          ],
        },
      ],
    };
    const course = await createCourse(prisma, input);
    const again = await createCourse(prisma, { ...input, slug: course.slug, title: "Renamed" });

    expect(again.id).toBe(course.id);
    expect(again.title).toBe("Renamed");
    expect(await prisma.lesson.count({ where: { courseId: course.id } })).toBe(2);
    const quiz = await prisma.lesson.findFirstOrThrow({ where: { courseId: course.id, type: "ASSESSMENT" } });
    expect(quiz.assessmentId).not.toBeNull();
  });

  it("refuses a single-answer question without exactly one correct option", async () => {
    const provider = await createProvider(prisma);
    await expect(
      createCourse(prisma, {
        providerId: provider.id,
        modules: [
          {
            title: "M",
            lessons: [
              {
                type: "ASSESSMENT",
                title: "Q",
                durationSeconds: 60,
                assessment: {
                  title: "Q",
                  passMarkPercent: 50,
                  questions: [{ type: "SINGLE", prompt: "?", options: [{ label: "a", isCorrect: true }, { label: "b", isCorrect: true }] }],
                },
              },
            ],
          },
        ],
      }),
    ).rejects.toThrow(/invalid set of answers/);
  });

  it("brings an official back to exactly the given role grants", async () => {
    const provider = await createProvider(prisma);
    const official = await createOfficial(prisma, { roles: [{ role: "LEARNER" }, { role: "CONTENT_PROVIDER", providerId: provider.id }] });
    const again = await createOfficial(prisma, { email: official.email, roles: [{ role: "LEARNER" }] });

    const grants = await prisma.userRole.findMany({ where: { userId: official.id }, select: { role: true } });
    expect(grants).toEqual([{ role: "LEARNER" }]);
    // Removing a grant must end sessions that still carry it.
    expect(again.sessionVersion).toBe(official.sessionVersion + 1);
  });

  it("records progress for completed lessons and issues a certificate on completion", async () => {
    const provider = await createProvider(prisma);
    const course = await createCourse(prisma, { providerId: provider.id });
    const official = await createOfficial(prisma);
    const enrolment = await createEnrolment(prisma, { userId: official.id, courseId: course.id, completedLessons: "all" });
    const certificate = await createCertificate(prisma, { enrolmentId: enrolment.id });

    expect(enrolment.status).toBe("COMPLETED");
    expect(enrolment.progressPercent).toBe(100);
    expect(await prisma.lessonProgress.count({ where: { enrolmentId: enrolment.id, status: "COMPLETED" } })).toBe(1);
    expect(certificate.userId).toBe(official.id);
  });

  it("keeps the official's current level at the highest level in the passbook", async () => {
    const official = await createOfficial(prisma);
    const competency = await createCompetency(prisma);
    await createPassbookEntry(prisma, { userId: official.id, competencyId: competency.id, level: 3 });
    await createPassbookEntry(prisma, { userId: official.id, competencyId: competency.id, level: 2 });

    const current = await prisma.officialCompetency.findUniqueOrThrow({
      where: { userId_competencyId: { userId: official.id, competencyId: competency.id } },
    });
    expect(current.level).toBe(3);
  });
});
