import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requiredStages, routeReviewGroup } from "@/lib/domain/studio/review-routing";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { verifyPassword } from "@/lib/server/auth/password";
import { reconcileReportRollups } from "@/lib/server/reports/reconcile-report-rollups";
import type { SeedCounts } from "@/prisma/seed-data/count-seeded-rows";
import { DEMO_ACCOUNTS } from "@/prisma/seed-data/demo-accounts";
import { seedDatabase } from "@/prisma/seed-data/seed-database";

// The demo seed must meet the minimums, be idempotent and repair the demo accounts.
// The database is shared with other integration test files (run serially), so counts are
// compared between runs rather than against fixed totals.
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });
afterAll(() => prisma.$disconnect());

let first: SeedCounts;
let second: SeedCounts;

beforeAll(async () => {
  first = await seedDatabase(prisma);
  second = await seedDatabase(prisma);
}, 120_000);

describe("seedDatabase", () => {
  it("is idempotent: a second run leaves every count unchanged", () => {
    expect(second).toEqual(first);
  });

  it("creates the minimum catalogue, framework and workforce", async () => {
    expect(await prisma.organisation.count({ where: { kind: "MINISTRY" } })).toBeGreaterThanOrEqual(3);
    expect(await prisma.organisation.count({ where: { kind: "DEPARTMENT" } })).toBeGreaterThanOrEqual(3);
    expect(await prisma.organisation.count({ where: { kind: "ORGANISATION" } })).toBeGreaterThanOrEqual(3);
    for (const type of ["BEHAVIOURAL", "FUNCTIONAL", "DOMAIN"] as const) {
      expect(await prisma.competency.count({ where: { type } })).toBeGreaterThanOrEqual(10);
    }
    expect(first.competencies).toBeGreaterThanOrEqual(40);
    expect(first.fracRoles).toBeGreaterThanOrEqual(12);
    expect(first.providers).toBeGreaterThanOrEqual(6);
    expect(first.publishedCourses).toBeGreaterThanOrEqual(30);
    expect(await prisma.course.count({ where: { status: { in: ["DRAFT", "IN_REVIEW"] } } })).toBeGreaterThanOrEqual(2);
    expect(await prisma.course.count({ where: { language: "HI", titleHi: { not: null } } })).toBeGreaterThanOrEqual(1);
    expect(await prisma.course.count({ where: { mode: { not: "ONLINE" }, batches: { some: { sessions: { some: {} } } } } })).toBeGreaterThanOrEqual(2);
    expect(await prisma.user.count({ where: { roles: { some: { role: "LEARNER" } }, fracPositionId: { not: null } } })).toBeGreaterThanOrEqual(200);
    expect(first.certificates).toBeGreaterThan(0);
    expect(first.ratings).toBeGreaterThan(0);
    expect(first.learningRecords).toBeGreaterThan(0);
    expect(await prisma.capacityBuildingPlan.count({ where: { items: { some: {} } } })).toBeGreaterThanOrEqual(1);
  });

  it("gives every competency five distinct level descriptors", async () => {
    const rows = await prisma.$queryRaw<{ code: string; levels: number; descriptors: number }[]>`
      SELECT c.code, count(l.level)::int AS levels, count(DISTINCT l.descriptor)::int AS descriptors
      FROM "Competency" c LEFT JOIN "CompetencyLevel" l ON l."competencyId" = c.id
      WHERE c.code LIKE 'BEH-%' OR c.code LIKE 'FUN-%' OR c.code LIKE 'DOM-%'
      GROUP BY c.code`;
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(rows.filter((row) => row.levels !== 5 || row.descriptors !== 5)).toEqual([]);
  });

  it("keeps one closure row per ancestor, including the node itself", async () => {
    const broken = await prisma.$queryRaw<{ code: string }[]>`
      SELECT o.code FROM "Organisation" o
      WHERE (SELECT count(*) FROM "OrganisationClosure" c WHERE c."descendantId" = o.id) <> o.depth + 1
         OR NOT EXISTS (SELECT 1 FROM "OrganisationClosure" c WHERE c."descendantId" = o.id AND c."ancestorId" = o.id AND c.depth = 0)`;
    expect(broken).toEqual([]);
  });

  it("gives every published seeded course lessons of every type, with media that exists in public/", async () => {
    const courses = await prisma.course.findMany({
      // The studio's demo courses (one per review state) are short text-only courses made through
      // the review use-cases; the catalogue's own courses are the ones held to every lesson type.
      where: {
        status: "PUBLISHED",
        provider: { code: { in: ["ISTM", "LBSNAA", "NIFM", "NIDM", "IIPA", "NIHFW", "MANAGE", "IGNOU"] } },
        NOT: { slug: { startsWith: "studio-demo-" } },
      },
      select: { slug: true, lessons: { select: { type: true, mediaPath: true, externalUrl: true, body: true, assessmentId: true } } },
    });
    expect(courses.length).toBeGreaterThanOrEqual(30);
    for (const course of courses) {
      expect(new Set(course.lessons.map((lesson) => lesson.type)), course.slug).toEqual(new Set(["TEXT", "VIDEO", "PDF", "LINK", "ASSESSMENT"]));
      for (const lesson of course.lessons) {
        if (lesson.type === "VIDEO" || lesson.type === "PDF") {
          const file = path.join(process.cwd(), "public", lesson.mediaPath ?? "missing");
          expect(existsSync(file), file).toBe(true);
          if (lesson.type === "VIDEO") expect(statSync(file).size).toBeLessThan(300 * 1024);
        }
        if (lesson.type === "LINK") expect(lesson.externalUrl).toMatch(/^https:\/\//);
        if (lesson.type === "TEXT") expect(lesson.body).toBeTruthy();
        if (lesson.type === "ASSESSMENT") expect(lesson.assessmentId).toBeTruthy();
      }
    }
    const questionTypes = await prisma.question.groupBy({ by: ["type"], _count: true });
    expect(questionTypes.map((row) => row.type).sort()).toEqual(["MULTIPLE", "SINGLE", "TRUE_FALSE"]);
  });

  it("keeps the denormalised totals in step with their sources", async () => {
    const badRatings = await prisma.$queryRaw<{ slug: string }[]>`
      SELECT c.slug FROM "Course" c
      LEFT JOIN (SELECT "courseId", count(*)::int AS n, sum(rating)::int AS s FROM "CourseRating" GROUP BY "courseId") r ON r."courseId" = c.id
      WHERE c."ratingCount" <> coalesce(r.n, 0) OR c."ratingSum" <> coalesce(r.s, 0)`;
    expect(badRatings).toEqual([]);
    // Held levels, weekly and monthly totals and every report roll-up equal a recount of the raw rows.
    expect(await reconcileReportRollups(prisma)).toEqual([]);
  });

  it("has ratings only from officials who completed the course, as the app requires", async () => {
    const [{ n }] = await prisma.$queryRaw<[{ n: number }]>`
      SELECT count(*)::int AS n FROM "CourseRating" r
      WHERE NOT EXISTS (
        SELECT 1 FROM "Enrolment" e
        WHERE e."userId" = r."userId" AND e."courseId" = r."courseId" AND e.status = 'COMPLETED'
      )`;
    expect(n).toBe(0);
  });

  it("creates demo accounts that sign in with their documented passwords and scopes", async () => {
    for (const account of Object.values(DEMO_ACCOUNTS)) {
      const user = await prisma.user.findUniqueOrThrow({
        where: { email: account.email },
        select: { passwordHash: true, status: true, roles: { select: { role: true, organisationId: true, providerId: true } } },
      });
      expect(await verifyPassword(user.passwordHash ?? "", account.password), account.email).toBe(true);
      expect(user.status).toBe(account.status);
      expect(user.roles.map((grant) => grant.role).sort()).toEqual([...account.roles].sort());
    }
    const mdo = await prisma.userRole.findFirstOrThrow({
      where: { role: "MDO_ADMIN", user: { email: DEMO_ACCOUNTS.mdoAdmin.email } },
      select: { organisation: { select: { code: true } } },
    });
    expect(mdo.organisation?.code).toBe(DEMO_ACCOUNTS.mdoAdmin.scope.organisationCode);
    const provider = await prisma.userRole.findFirstOrThrow({
      where: { role: "CONTENT_PROVIDER", user: { email: DEMO_ACCOUNTS.provider.email } },
      select: { provider: { select: { code: true } } },
    });
    expect(provider.provider?.code).toBe(DEMO_ACCOUNTS.provider.scope.providerCode);
  });

  it("gives the demo learner progress, a certificate, passbook entries and gaps against their role", async () => {
    const learner = await prisma.user.findUniqueOrThrow({
      where: { email: DEMO_ACCOUNTS.learner.email },
      select: {
        id: true,
        enrolments: { select: { status: true } },
        certificates: { select: { code: true } },
        passbookEntries: { select: { id: true } },
        fracPositionId: true,
        reportingOfficerId: true,
      },
    });
    const statuses = learner.enrolments.map((enrolment) => enrolment.status);
    expect(statuses).toContain("COMPLETED");
    expect(statuses).toContain("IN_PROGRESS");
    expect(learner.certificates).toHaveLength(1);
    expect(learner.passbookEntries.length).toBeGreaterThan(0);
    expect(learner.fracPositionId).not.toBeNull();
    expect(learner.reportingOfficerId).not.toBeNull();
    const gaps = await prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "User" u
      JOIN "FracPositionRole" fpr ON fpr."positionId" = u."fracPositionId"
      JOIN "RoleCompetency" rc ON rc."roleId" = fpr."roleId"
      LEFT JOIN "OfficialCompetency" oc ON oc."userId" = u.id AND oc."competencyId" = rc."competencyId"
      WHERE u.id = ${learner.id}::uuid AND coalesce(oc.level, 0) < rc."requiredLevel"`;
    expect(gaps[0]?.n).toBeGreaterThan(0);
  });

  // A course the demo provider started in the studio was routed to its own institute, which had no
  // reviewer group, so every submission was refused.
  it("routes a course the demo provider writes to the demo reviewer, then the demo MDO admin", async () => {
    const provider = await prisma.provider.findUniqueOrThrow({ where: { code: DEMO_ACCOUNTS.provider.scope.providerCode }, select: { organisationId: true } });
    const links = await prisma.organisationClosure.findMany({
      where: { descendantId: provider.organisationId ?? "" },
      orderBy: { depth: "asc" },
      select: { ancestor: { select: { id: true, reviewStages: true } } },
    });
    const ancestry = links.map((link) => link.ancestor);
    const groups = await prisma.reviewerGroup.findMany({
      where: { organisationId: { in: ancestry.map((organisation) => organisation.id) } },
      select: { id: true, organisationId: true, stage: true, competencyArea: true, members: { select: { user: { select: { email: true } } } } },
    });
    const stages = requiredStages(ancestry);
    expect(stages).toEqual(["SUBJECT_EXPERT", "MDO_APPROVAL"]);
    const takers = stages.map((stage) => routeReviewGroup({ stage, ancestry, area: "Digital and data", groups })?.members.map((member) => member.user.email));
    expect(takers).toEqual([[DEMO_ACCOUNTS.reviewer.email], [DEMO_ACCOUNTS.mdoAdmin.email]]);
  });

  it("puts an altered demo account back on the next run", async () => {
    const email = DEMO_ACCOUNTS.learner.email;
    const user = await prisma.user.update({
      where: { email },
      data: { status: "SUSPENDED", passwordHash: "not-a-hash", name: "Changed in a demo" },
    });
    await prisma.userRole.create({ data: { userId: user.id, role: "CBC_ANALYST" } });

    const third = await seedDatabase(prisma);

    const repaired = await prisma.user.findUniqueOrThrow({
      where: { email },
      select: { status: true, name: true, passwordHash: true, roles: { select: { role: true } } },
    });
    expect(repaired.status).toBe("ACTIVE");
    expect(repaired.name).toBe(DEMO_ACCOUNTS.learner.name);
    expect(await verifyPassword(repaired.passwordHash ?? "", DEMO_ACCOUNTS.learner.password)).toBe(true);
    expect(repaired.roles.map((grant) => grant.role)).toEqual(["LEARNER"]);
    expect(third).toEqual(first);
  }, 60_000);
});
