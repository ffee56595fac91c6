import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";

// Guards the invariants held by the database itself (hand-written parts of the initial migration).
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });
afterAll(() => prisma.$disconnect());

const unique = () => Math.random().toString(36).slice(2, 10);

async function makeOfficial() {
  return prisma.user.create({ data: { email: `official-${unique()}@example.gov.in`, name: "Test Official" } });
}

describe("database constraints", () => {
  it("refuses an email that is not lower-case, so uniqueness is case-insensitive", async () => {
    await expect(prisma.user.create({ data: { email: `Mixed-${unique()}@Example.gov.in`, name: "X" } })).rejects.toThrow();
  });

  it("allows one role grant per user, role and scope — even when the scope is empty", async () => {
    const user = await makeOfficial();
    await prisma.userRole.create({ data: { userId: user.id, role: "LEARNER" } });
    await expect(prisma.userRole.create({ data: { userId: user.id, role: "LEARNER" } })).rejects.toMatchObject({
      code: "P2002",
    });
  });

  it("keeps one enrolment per official per course", async () => {
    const user = await makeOfficial();
    const provider = await prisma.provider.create({ data: { code: `p-${unique()}`, name: "Institute", kind: "TRAINING_INSTITUTE" } });
    const course = await prisma.course.create({
      data: { slug: `c-${unique()}`, providerId: provider.id, title: "Course", summary: "s", description: "d", durationMinutes: 30 },
    });
    await prisma.enrolment.create({ data: { userId: user.id, courseId: course.id } });
    await expect(prisma.enrolment.create({ data: { userId: user.id, courseId: course.id } })).rejects.toMatchObject({
      code: "P2002",
    });
  });

  it("treats the learning record as append-only", async () => {
    const user = await makeOfficial();
    const record = await prisma.learningRecord.create({
      data: { actorId: user.id, verb: "http://adlnet.gov/expapi/verbs/registered", objectType: "course", objectId: "x" },
    });
    await expect(prisma.learningRecord.update({ where: { id: record.id }, data: { verb: "tampered" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(prisma.learningRecord.delete({ where: { id: record.id } })).rejects.toThrow(/append-only/);
  });

  it("treats the audit log as append-only", async () => {
    const entry = await prisma.auditLog.create({ data: { action: "test", entityType: "user", entityId: "x" } });
    await expect(prisma.auditLog.deleteMany({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
  });

  it("keeps one framework in use at a time", async () => {
    await expect(prisma.competencyFramework.create({ data: { code: `F-${unique()}`, name: "Another", status: "ACTIVE" } })).rejects.toThrow();
  });

  it("refuses proficiency levels outside 1–5", async () => {
    const framework = await prisma.competencyFramework.findFirstOrThrow({ where: { status: "ACTIVE" } });
    const competency = await prisma.competency.create({
      data: { frameworkId: framework.id, code: `c-${unique()}`, name: `Competency ${unique()}`, type: "BEHAVIOURAL", area: "a", description: "d" },
    });
    await expect(
      prisma.competencyLevel.create({ data: { competencyId: competency.id, level: 6, name: "x", descriptor: "y" } }),
    ).rejects.toThrow();
  });
});
