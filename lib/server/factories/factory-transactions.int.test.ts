import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createCompetency } from "./create-competency";
import { createCourse } from "./create-course";
import { createEnrolment } from "./create-enrolment";
import { createOfficial } from "./create-official";
import { createOrganisation } from "./create-organisation";
import { createProvider } from "./create-provider";

// Regression: the factories took any client with `$transaction` for the full client, but Prisma 7
// hands interactive-transaction callbacks a client that has one too, so a factory called inside a
// caller's transaction opened a second transaction beside it. On a one-connection database (the
// embedded default) that waited forever; elsewhere its writes outlived the caller's rollback.
// One pooled connection here stands in for the embedded database: a second would time out.
const prisma = new PrismaClient({
  adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL, max: 1, connectionTimeoutMillis: 5_000 }),
});
afterAll(() => prisma.$disconnect());

class Rollback extends Error {}

describe("factories inside a caller's transaction", () => {
  it("write on the caller's connection and roll back with it", async () => {
    const slug = `rolled-back-${Date.now()}`;
    const code = `ROLLED-BACK-${Date.now()}`;
    let email = "";
    await expect(
      prisma.$transaction(async (tx) => {
        const organisation = await createOrganisation(tx, { code });
        const provider = await createProvider(tx, { organisationId: organisation.id });
        const competency = await createCompetency(tx);
        const course = await createCourse(tx, {
          providerId: provider.id,
          slug,
          competencies: [{ competencyId: competency.id, level: 1 }],
        });
        const official = await createOfficial(tx);
        email = official.email;
        await createEnrolment(tx, { userId: official.id, courseId: course.id, completedLessons: "all" });
        throw new Rollback("roll back");
      }, { timeout: 30_000 }),
    ).rejects.toBeInstanceOf(Rollback);

    expect(await prisma.organisation.count({ where: { code } })).toBe(0);
    expect(await prisma.course.count({ where: { slug } })).toBe(0);
    expect(await prisma.user.count({ where: { email } })).toBe(0);
  });

  it("still commit on their own when given the full client", async () => {
    const provider = await createProvider(prisma);
    const course = await createCourse(prisma, { providerId: provider.id });
    expect(await prisma.lesson.count({ where: { courseId: course.id } })).toBe(1);
  });
});
