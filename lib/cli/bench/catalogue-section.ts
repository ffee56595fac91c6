// Catalogue search under load, on a throwaway copy of the demo data plus 5,000 generated courses,
// and the National Learning Week board (top 20 and an official's rank) over a week in which
// BENCH_WEEK_OFFICIALS generated officials learn, in SQL and as the leaderboard page. Builds
// nothing itself except when .next-e2e is missing or older than the catalogue; talks only to
// 127.0.0.1; prints a table and writes a JSON report to tests/artifacts/bench/.
//   BENCH_COURSES (5000), BENCH_REQUESTS (300), BENCH_CONCURRENCY (6), BENCH_WEEK_OFFICIALS
//   (200000) adjust the run.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "../../generated/prisma/client";
import { applyMigrations } from "../../../prisma/schema-engine";
import { seedDatabase } from "../../../prisma/seed-data/seed-database";
import { DEMO_ACCOUNTS } from "../../../prisma/seed-data/demo-accounts";
import { createTestDatabase, dropTestDatabase } from "../../../tests/support/test-database";
import { catalogueHref } from "../../domain/catalogue/catalogue-href";
import type { CatalogueQuery } from "../../domain/catalogue/catalogue-query.schema";
import { catalogueCountSql, catalogueResultsSql } from "../../server/catalogue/catalogue-search-sql";
import { learningWeekAheadSql, learningWeekTopSql } from "../../server/karma/learning-week-board-sql";
import { BENCH_SCENARIOS } from "./bench-scenarios";
import { startBenchServer, signIn, type BenchServer } from "./bench-server";
import { APP_ROOT, ARTIFACTS_DIR, DIST_DIR, ROOT, ensureBuild, fmt, freePort, log } from "./bench-tools";
import { generateBenchCourses } from "./generate-bench-courses";
import { generateBenchWeek } from "./generate-bench-week";
import { summarise } from "./percentiles";

const COURSES = Number(process.env.BENCH_COURSES ?? 5000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 6);
const WEEK_OFFICIALS = Number(process.env.BENCH_WEEK_OFFICIALS ?? 200_000);
const BOARD_REQUESTS = 60;
const EXPLAIN_RUNS = 5;
// Targets for a 2-core machine like CI's; shown beside the figures, not enforced.
const TARGET_PAGE_P95_MS = 500;
const TARGET_SQL_MS = 50;

type PlanNode = { "Node Type"?: string; "Index Name"?: string; Plans?: PlanNode[] };
type ExplainOutput = { Plan: PlanNode; "Execution Time": number; "Planning Time": number };

function indexesIn(node: PlanNode, found = new Set<string>()): Set<string> {
  if (node["Index Name"]) found.add(node["Index Name"]);
  for (const child of node.Plans ?? []) indexesIn(child, found);
  return found;
}

async function explain(prisma: PrismaClient, sql: Prisma.Sql): Promise<{ ms: number; indexes: string[] }> {
  const times: number[] = [];
  let indexes = new Set<string>();
  for (let i = 0; i < EXPLAIN_RUNS; i++) {
    const rows = await prisma.$queryRaw<{ "QUERY PLAN": unknown }[]>(Prisma.sql`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`);
    const raw = rows[0]?.["QUERY PLAN"];
    const [output] = (typeof raw === "string" ? JSON.parse(raw) : raw) as ExplainOutput[];
    if (!output) throw new Error("EXPLAIN returned no plan");
    times.push(output["Execution Time"] + output["Planning Time"]);
    indexes = indexesIn(output.Plan);
  }
  return { ms: summarise(times).p50, indexes: [...indexes].sort() };
}

type Sample = { scenario: string; url: string; ms: number; ok: boolean };

type PlannedRequest = { scenario: string; url: string };

/** Fires the planned requests at CONCURRENCY; a sample is ok when the page answered 200 with `marker`. */
async function fire(plan: PlannedRequest[], cookie: string, marker: string): Promise<Sample[]> {
  const samples: Sample[] = [];
  let next = 0;
  const worker = async () => {
    while (next < plan.length) {
      const item = plan[next++]!;
      const started = performance.now();
      let ok = false;
      try {
        const response = await fetch(item.url, { headers: { cookie }, redirect: "manual" });
        ok = response.status === 200 && (await response.text()).includes(marker);
      } catch {
        ok = false;
      }
      samples.push({ ...item, ms: performance.now() - started, ok });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return samples;
}

function cataloguePlan(server: BenchServer): PlannedRequest[] {
  return Array.from({ length: REQUESTS }, (_, i) => {
    const scenario = BENCH_SCENARIOS[i % BENCH_SCENARIOS.length]!;
    const query = scenario.queries[Math.floor(i / BENCH_SCENARIOS.length) % scenario.queries.length]!;
    return { scenario: scenario.name, url: `${server.baseUrl}${catalogueHref(query)}` };
  });
}

/** The board's own SQL, across government and in the largest organisation, for a median official. */
async function explainLearningWeek(prisma: PrismaClient, weekStart: string): Promise<{ name: string; ms: number; indexes: string[] }[]> {
  const [median] = await prisma.$queryRaw<{ seconds: number | null }[]>`
    SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY "competencyLinkedSeconds") AS "seconds"
    FROM "LearningTimeWeekly" WHERE "weekStart" = ${weekStart}::date`;
  const [largest] = await prisma.$queryRaw<{ organisationId: string }[]>`
    SELECT "organisationId" FROM "User" WHERE "organisationId" IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`;
  const seconds = median?.seconds ?? 0;
  const government = { organisationId: null };
  const organisation = { organisationId: largest?.organisationId ?? null };
  const queries = [
    { name: "week top 20", sql: learningWeekTopSql(weekStart, government, 20) },
    { name: "week rank", sql: learningWeekAheadSql(weekStart, government, seconds) },
    { name: "org week top 20", sql: learningWeekTopSql(weekStart, organisation, 20) },
    { name: "org week rank", sql: learningWeekAheadSql(weekStart, organisation, seconds) },
  ];
  const results = [];
  for (const query of queries) results.push({ name: query.name, ...(await explain(prisma, query.sql)) });
  return results;
}

/** Runs the catalogue and Learning Week section; 1 when any request failed. */
export async function runCatalogueSection(): Promise<number> {
  let databaseUrl: string | undefined;
  let prisma: PrismaClient | undefined;
  let server: BenchServer | undefined;
  const cleanup = async () => {
    await server?.stop().catch((error) => console.error("[bench] stopping the server failed:", error));
    await prisma?.$disconnect().catch(() => {});
    if (databaseUrl) await dropTestDatabase(databaseUrl).catch((error) => console.error("[bench] dropping the database failed:", error));
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => void cleanup().finally(() => process.exit(130)));
  }

  try {
    await ensureBuild(["/learn/catalogue"]);
    databaseUrl = await createTestDatabase("kaushal_bench");
    log(`database ${new URL(databaseUrl).pathname.slice(1)}: migrating and seeding the demo data…`);
    await applyMigrations(databaseUrl);
    prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 4 }) });
    await seedDatabase(prisma);
    let started = Date.now();
    await generateBenchCourses(prisma, COURSES);
    const published = await prisma.course.count({ where: { status: "PUBLISHED" } });
    log(`${published} published courses (${COURSES} generated in ${((Date.now() - started) / 1000).toFixed(1)} s)`);

    log("SQL timings (EXPLAIN ANALYZE, median of 5, planning + execution)…");
    const sqlTimings = new Map<string, { results: number; count: number; indexes: string[] }>();
    for (const scenario of BENCH_SCENARIOS) {
      const query: CatalogueQuery = scenario.queries[0]!;
      const results = await explain(prisma, catalogueResultsSql(query));
      const count = await explain(prisma, catalogueCountSql(query));
      sqlTimings.set(scenario.name, { results: results.ms, count: count.ms, indexes: [...new Set([...results.indexes, ...count.indexes])] });
      log(`  ${scenario.name}: page ${fmt(results.ms)} ms, count ${fmt(count.ms)} ms; indexes ${[...new Set([...results.indexes, ...count.indexes])].join(", ") || "none"}`);
    }

    started = Date.now();
    const { weekStart } = await generateBenchWeek(prisma, WEEK_OFFICIALS);
    const learners = await prisma.learningTimeWeekly.count({ where: { weekStart: new Date(`${weekStart}T00:00:00Z`) } });
    log(`Learning Week of ${weekStart}: ${learners} officials with time (${WEEK_OFFICIALS} generated in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
    const weekSql = await explainLearningWeek(prisma, weekStart);
    for (const row of weekSql) log(`  ${row.name}: ${fmt(row.ms)} ms; indexes ${row.indexes.join(", ") || "none"}`);

    server = await startBenchServer({ root: APP_ROOT, databaseUrl, port: await freePort(), distDir: DIST_DIR });
    log(`server up at ${server.baseUrl}; signing in as ${DEMO_ACCOUNTS.learner.email}`);
    const cookie = await signIn(server.baseUrl, DEMO_ACCOUNTS.learner.email, DEMO_ACCOUNTS.learner.password);

    // One untimed pass over every distinct URL, so the first-request costs are not in the figures.
    for (const scenario of BENCH_SCENARIOS) {
      for (const query of scenario.queries) await fetch(`${server.baseUrl}${catalogueHref(query)}`, { headers: { cookie } });
    }
    log(`${REQUESTS} catalogue requests at concurrency ${CONCURRENCY}…`);
    started = Date.now();
    const samples = await fire(cataloguePlan(server), cookie, 'id="catalogue-results"');
    const seconds = (Date.now() - started) / 1000;

    const rows = BENCH_SCENARIOS.map((scenario) => {
      const mine = samples.filter((sample) => sample.scenario === scenario.name);
      const stats = summarise(mine.map((sample) => sample.ms));
      const sql = sqlTimings.get(scenario.name)!;
      return {
        scenario: scenario.name,
        requests: mine.length,
        errors: mine.filter((sample) => !sample.ok).length,
        ...stats,
        sqlResultsMs: sql.results,
        sqlCountMs: sql.count,
        indexes: sql.indexes,
        meetsTargets: stats.p95 <= TARGET_PAGE_P95_MS && sql.results <= TARGET_SQL_MS && sql.count <= TARGET_SQL_MS,
      };
    });
    const overall = summarise(samples.map((sample) => sample.ms));

    log(`${BOARD_REQUESTS} leaderboard page requests (both Learning Week boards) at concurrency ${CONCURRENCY}…`);
    const boardPlan = Array.from({ length: BOARD_REQUESTS }, () => ({ scenario: "leaderboard", url: `${server!.baseUrl}/learn/leaderboard` }));
    const boardSamples = await fire(boardPlan, cookie, 'id="learning-week"');
    const board = summarise(boardSamples.map((sample) => sample.ms));
    const boardErrors = boardSamples.filter((sample) => !sample.ok).length;

    console.log("");
    console.table(
      rows.map((row) => ({
        scenario: row.scenario,
        requests: row.requests,
        errors: row.errors,
        "p50 ms": fmt(row.p50),
        "p95 ms": fmt(row.p95),
        "max ms": fmt(row.max),
        "SQL page ms": fmt(row.sqlResultsMs),
        "SQL count ms": fmt(row.sqlCountMs),
        target: row.meetsTargets ? "ok" : "MISSED",
      })),
    );
    log(`overall: ${samples.length} requests in ${seconds.toFixed(1)} s (${(samples.length / seconds).toFixed(1)} req/s), p50 ${fmt(overall.p50)} ms, p95 ${fmt(overall.p95)} ms, max ${fmt(overall.max)} ms`);
    log(`targets: page p95 ≤ ${TARGET_PAGE_P95_MS} ms, SQL ≤ ${TARGET_SQL_MS} ms (informational)`);
    for (const row of rows) log(`  indexes used by "${row.scenario}": ${row.indexes.join(", ") || "(none: sequential scan)"}`);
    log(
      `leaderboard page: p50 ${fmt(board.p50)} ms, p95 ${fmt(board.p95)} ms, max ${fmt(board.max)} ms, ${boardErrors} errors; ` +
        `board SQL ${weekSql.map((row) => `${row.name} ${fmt(row.ms)} ms`).join(", ")} ` +
        `(${board.p95 <= TARGET_PAGE_P95_MS && weekSql.every((row) => row.ms <= TARGET_SQL_MS) ? "ok" : "MISSED"})`,
    );

    const report = {
      at: new Date().toISOString(),
      machine: { node: process.version, cpus: (await import("node:os")).cpus().length },
      settings: { courses: COURSES, publishedCourses: published, requests: REQUESTS, concurrency: CONCURRENCY, explainRuns: EXPLAIN_RUNS },
      targets: { pageP95Ms: TARGET_PAGE_P95_MS, sqlMs: TARGET_SQL_MS },
      overall: { ...overall, seconds, requestsPerSecond: samples.length / seconds },
      scenarios: rows,
      learningWeek: { weekStart, officialsWithTime: learners, generatedOfficials: WEEK_OFFICIALS, sql: weekSql, page: { ...board, errors: boardErrors } },
      failures: [...samples, ...boardSamples].filter((sample) => !sample.ok).slice(0, 20),
    };
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    const file = path.join(ARTIFACTS_DIR, `catalogue-${report.at.replace(/[:.]/g, "-")}.json`);
    await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
    log(`report written to ${path.relative(ROOT, file)}`);
    return samples.some((sample) => !sample.ok) || boardErrors > 0 ? 1 : 0;
  } finally {
    await cleanup();
  }
}
