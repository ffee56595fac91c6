import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import type { CatalogueQuery } from "@/lib/domain/catalogue/catalogue-query.schema";
import { createCompetency } from "@/lib/server/factories/create-competency";
import { createCourse, type CreateCourseInput } from "@/lib/server/factories/create-course";
import { createProvider } from "@/lib/server/factories/create-provider";
import { uniqueSuffix } from "@/lib/server/factories/unique-suffix";
import { findClosestCourseTitle } from "./find-closest-course-title";
import { searchCatalogue } from "./search-catalogue";

// Fixtures go through a plain client (the factories' type); the code under test uses the app's own.
const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });

// Other test files share the database, so every search here is pinned to this file's own words
// or provider.
const tag = `zq${uniqueSuffix()}`;
let providerCode = "";
let otherProviderCode = "";
let competencyCode = "";
const DAY = 86_400_000;

async function course(input: Omit<CreateCourseInput, "providerId"> & { providerId?: string; ratings?: [number, number]; enrolments?: number }) {
  const { ratings, enrolments, ...rest } = input;
  const created = await createCourse(fixtureDb, { providerId: rest.providerId ?? "", ...rest });
  if (ratings || enrolments) {
    await fixtureDb.course.update({
      where: { id: created.id },
      data: { ratingSum: ratings?.[0] ?? 0, ratingCount: ratings?.[1] ?? 0, enrolmentCount: enrolments ?? 0 },
    });
  }
  return created;
}

const titles = async (query: Omit<CatalogueQuery, "page"> & { page?: number }, pageSize?: number) =>
  (await searchCatalogue({ page: 1, ...query }, pageSize)).courses.map((c) => c.title);

beforeAll(async () => {
  const provider = await createProvider(fixtureDb, { name: `Quillfeather Institute ${tag}` });
  const other = await createProvider(fixtureDb, { name: `Other Academy ${tag}` });
  providerCode = provider.code;
  otherProviderCode = other.code;
  const competency = await createCompetency(fixtureDb, { name: `Cartography of Files ${tag}`, type: "DOMAIN" });
  const behavioural = await createCompetency(fixtureDb, { name: `Patience ${tag}`, type: "BEHAVIOURAL" });
  competencyCode = competency.code;
  const now = Date.now();

  await course({
    providerId: provider.id,
    title: `Xylophonics Procurement ${tag}`,
    summary: "Buying musical instruments for government bands.",
    durationMinutes: 45,
    publishedAt: new Date(now - 3 * DAY),
    competencies: [{ competencyId: competency.id, level: 2 }],
    ratings: [9, 2],
    enrolments: 5,
  });
  await course({
    providerId: provider.id,
    title: `Archive Keeping ${tag}`,
    mode: "BLENDED",
    language: "HI",
    durationMinutes: 240,
    publishedAt: new Date(now - 1 * DAY),
    competencies: [{ competencyId: behavioural.id, level: 3 }],
    ratings: [5, 1],
    enrolments: 50,
  });
  await course({ providerId: provider.id, title: `Unrated Basics ${tag}`, durationMinutes: 20, publishedAt: new Date(now - 2 * DAY) });
  await course({ providerId: other.id, title: `Xylophonics for Beginners ${tag}`, durationMinutes: 90, publishedAt: new Date(now - 4 * DAY) });
  // Never listed, whatever the search.
  for (const status of ["DRAFT", "IN_REVIEW", "ARCHIVED"] as const) {
    await course({ providerId: provider.id, title: `Xylophonics ${status} ${tag}`, status, publishedAt: status === "ARCHIVED" ? new Date() : null });
  }
});

afterAll(async () => {
  await fixtureDb.$disconnect();
});

describe("searchCatalogue: matching", () => {
  test("finds by a word of the title, stemmed", async () => {
    expect(await titles({ q: `xylophonic ${tag}` })).toEqual(
      expect.arrayContaining([`Xylophonics Procurement ${tag}`, `Xylophonics for Beginners ${tag}`]),
    );
  });

  test("finds by competency name", async () => {
    expect(await titles({ q: `cartography ${tag}` })).toEqual([`Xylophonics Procurement ${tag}`]);
  });

  test("finds by provider name", async () => {
    expect((await titles({ q: `quillfeather ${tag}` })).sort()).toEqual(
      [`Archive Keeping ${tag}`, `Unrated Basics ${tag}`, `Xylophonics Procurement ${tag}`].sort(),
    );
  });

  test("forgives a typo through trigram similarity", async () => {
    const found = await titles({ q: "xylophnics", provider: providerCode });
    expect(found).toEqual([`Xylophonics Procurement ${tag}`]);
  });

  test("ranks the closer match first", async () => {
    const [best] = await titles({ q: `xylophonics procurement ${tag}` });
    expect(best).toBe(`Xylophonics Procurement ${tag}`);
  });

  test("never lists draft, in-review or archived courses", async () => {
    const all = [...(await titles({ q: `xylophonics ${tag}` })), ...(await titles({ provider: providerCode }, 50))];
    expect(all.some((title) => /DRAFT|IN_REVIEW|ARCHIVED/.test(title))).toBe(false);
  });

  test("returns card data: provider, rating, competencies", async () => {
    const { courses } = await searchCatalogue({ q: `cartography ${tag}`, page: 1 });
    expect(courses[0]).toMatchObject({
      providerName: `Quillfeather Institute ${tag}`,
      mode: "ONLINE",
      language: "EN",
      durationMinutes: 45,
      averageRating: 4.5,
      ratingCount: 2,
      enrolmentCount: 5,
      competencies: [`Cartography of Files ${tag}`],
    });
  });
});

describe("searchCatalogue: filters, sort and pages", () => {
  test.each<[string, Omit<CatalogueQuery, "page" | "provider">, string[]]>([
    ["mode", { mode: "BLENDED" }, ["Archive Keeping"]],
    ["language", { language: "HI" }, ["Archive Keeping"]],
    ["duration under 30 min", { duration: "under-30m" }, ["Unrated Basics"]],
    ["duration 30–60 min", { duration: "30-60m" }, ["Xylophonics Procurement"]],
    ["duration over 3 h", { duration: "over-3h" }, ["Archive Keeping"]],
    ["competency type", { competencyType: "BEHAVIOURAL" }, ["Archive Keeping"]],
    ["filters combine", { mode: "ONLINE", duration: "under-30m" }, ["Unrated Basics"]],
    ["search and filter combine", { q: "xylophonics", mode: "BLENDED" }, []],
  ])("%s", async (_name, filters, expected) => {
    expect(await titles({ ...filters, provider: providerCode })).toEqual(expected.map((title) => `${title} ${tag}`));
  });

  test("competency filter by code", async () => {
    expect(await titles({ competency: competencyCode })).toEqual([`Xylophonics Procurement ${tag}`]);
  });

  test("provider filter keeps other providers out", async () => {
    expect(await titles({ provider: otherProviderCode })).toEqual([`Xylophonics for Beginners ${tag}`]);
  });

  test.each<[CatalogueQuery["sort"], string[]]>([
    ["newest", ["Archive Keeping", "Unrated Basics", "Xylophonics Procurement"]],
    // 5.0 (one rating) beats 4.5; unrated last.
    ["rating", ["Archive Keeping", "Xylophonics Procurement", "Unrated Basics"]],
    ["popular", ["Archive Keeping", "Xylophonics Procurement", "Unrated Basics"]],
    ["duration", ["Unrated Basics", "Xylophonics Procurement", "Archive Keeping"]],
  ])("sort %s", async (sort, expected) => {
    expect(await titles({ provider: providerCode, sort })).toEqual(expected.map((title) => `${title} ${tag}`));
  });

  test("pages through results with a total count", async () => {
    const first = await searchCatalogue({ provider: providerCode, sort: "duration", page: 1 }, 2);
    const second = await searchCatalogue({ provider: providerCode, sort: "duration", page: 2 }, 2);
    expect([first.total, first.pageCount, second.total]).toEqual([3, 2, 3]);
    expect(first.courses.map((c) => c.title)).toEqual([`Unrated Basics ${tag}`, `Xylophonics Procurement ${tag}`]);
    expect(second.courses.map((c) => c.title)).toEqual([`Archive Keeping ${tag}`]);
  });
});

describe("searchCatalogue: hostile input", () => {
  // Values reach SQL only as bind parameters; these would break or widen a spliced query.
  test.each([
    `'; DROP TABLE "Course"; --`,
    `' OR '1'='1`,
    `%`,
    `_`,
    `\\`,
    `"unbalanced`,
    `!!! & | <-> :*`,
    `${tag}') OR true --`,
  ])("q = %s is just text", async (q) => {
    const results = await searchCatalogue({ q, provider: providerCode, page: 1 });
    expect(results.total).toBeLessThanOrEqual(3);
  });

  test("a filter value that looks like SQL matches nothing rather than everything", async () => {
    const results = await searchCatalogue({ provider: "x' OR '1'='1", page: 1 });
    expect(results.total).toBe(0);
    expect(await fixtureDb.course.count()).toBeGreaterThan(0);
  });
});

describe("findClosestCourseTitle", () => {
  test("suggests the nearest published title", async () => {
    expect(await findClosestCourseTitle(`Xylophonics Procuremnt ${tag}`)).toBe(`Xylophonics Procurement ${tag}`);
  });

  test("stays silent when nothing is close", async () => {
    expect(await findClosestCourseTitle("qqqqqqqqqqqq")).toBeNull();
  });
});
