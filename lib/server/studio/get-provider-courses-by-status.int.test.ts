import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createProvider } from "@/lib/server/factories/create-provider";
import { uniqueSuffix } from "@/lib/server/factories/unique-suffix";
import { getProviderCoursesByStatus } from "./get-provider-courses-by-status";

// Fixtures go through a plain client (the factories' type); the code under test uses the app's own.
const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });

type Status = "DRAFT" | "IN_REVIEW" | "PUBLISHED" | "ARCHIVED";
let providerId = "";
let otherProviderId = "";

async function createCourse(provider: string, title: string, status: Status) {
  return fixtureDb.course.create({
    data: { slug: `c-${uniqueSuffix()}`, providerId: provider, title, summary: "s", description: "d", durationMinutes: 30, status },
  });
}

beforeAll(async () => {
  const [provider, other] = await Promise.all([createProvider(fixtureDb, { name: "Alpha Institute" }), createProvider(fixtureDb)]);
  providerId = provider.id;
  otherProviderId = other.id;
  const published = await createCourse(provider.id, "Published one", "PUBLISHED");
  await createCourse(provider.id, "Draft one", "DRAFT");
  await createCourse(provider.id, "Draft two", "DRAFT");
  await createCourse(provider.id, "In review", "IN_REVIEW");
  await createCourse(other.id, "Someone else's course", "PUBLISHED");

  const learners = await Promise.all([createOfficial(fixtureDb), createOfficial(fixtureDb), createOfficial(fixtureDb)]);
  await fixtureDb.enrolment.createMany({
    data: [
      { userId: learners[0]!.id, courseId: published.id, status: "COMPLETED", progressPercent: 100 },
      { userId: learners[1]!.id, courseId: published.id, status: "IN_PROGRESS", progressPercent: 20 },
      { userId: learners[2]!.id, courseId: published.id, status: "WITHDRAWN" },
    ],
  });
});

afterAll(async () => {
  await fixtureDb.$disconnect();
});

describe("getProviderCoursesByStatus", () => {
  test("counts and lists only the given provider's courses, with enrolment counts", async () => {
    const result = await getProviderCoursesByStatus([providerId]);
    expect(result.providers.map((p) => p.name)).toEqual(["Alpha Institute"]);
    expect(result.totalCourses).toBe(4);
    expect(result.totalEnrolments).toBe(2);
    expect(result.groups.map((g) => [g.status, g.total])).toEqual([
      ["DRAFT", 2],
      ["IN_REVIEW", 1],
      ["PUBLISHED", 1],
      ["ARCHIVED", 0],
    ]);
    const published = result.groups.find((g) => g.status === "PUBLISHED")!.courses;
    expect(published).toEqual([expect.objectContaining({ title: "Published one", enrolments: 2, completions: 1 })]);
    const titles = result.groups.flatMap((g) => g.courses.map((c) => c.title));
    expect(titles).not.toContain("Someone else's course");
  });

  test("no provider grants means nothing, never everything", async () => {
    const result = await getProviderCoursesByStatus([]);
    expect(result).toEqual({ providers: [], totalCourses: 0, totalEnrolments: 0, groups: [] });
  });

  test("several providers are combined", async () => {
    const result = await getProviderCoursesByStatus([providerId, otherProviderId, providerId]);
    expect(result.totalCourses).toBe(5);
    expect(result.providers).toHaveLength(2);
  });
});
