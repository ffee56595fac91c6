// Reports under load on the generated government (1,000,000 officials when that load exists):
// one official's gap report, a ministry's, the whole government's, the analyst's dashboard and
// its drill-downs, course performance and role fit, as the analyst through the production build;
// the officials CSV of a ~50,000 ministry against a ~5,000 subtree with the server's memory;
// statements per page view counted in-process; EXPLAIN ANALYZE of the slowest statements; and
// the floors it is all compared with — a bare Node HTTP response and `SELECT 1`.
//   BENCH_REPORTS_DATABASE_URL  the generated database (default: kaushal_gen_1m when complete,
//                               else kaushal_bench_reports_<BENCH_OFFICIALS>, generated once)
//   BENCH_OFFICIALS (1000000), BENCH_REPORT_REQUESTS (60 per page), BENCH_REPORT_CONCURRENCY (4),
//   BENCH_USECASE_RUNS (5), BENCH_SCENARIO_SECONDS (90, per page), BENCH_DIST_DIR (.next-e2e)
//   BENCH_APP_ROOT              serve the build of another checkout (see bench-tools.ts)
import { cpus, loadavg, totalmem } from "node:os";
import pg from "pg";
import { APP_ROOT, DIST_DIR, ensureBuild, freePort, log } from "./bench-tools";
import { fireLoad, selectOneRoundTrip, startBareHttpServer, type LoadResult } from "./load";
import { readProcessCpuMs } from "./process-stats";
import { reportPages } from "./report-pages";
import { explainStatements } from "./report-explain";
import { measureExport, type ExportMeasurement } from "./report-export";
import { createStatementProfiler, hasRequestCache, type CapturedStatement, type PageProfile } from "./report-statements";
import { printReportsSection, writeReportsJson, type PageLoad, type ReportsResult } from "./reports-print";
import { resolveReportsDatabase } from "./reports-database";
import { startReportsServer, type ReportsServer } from "./reports-server";
import { findReportTargets } from "./reports-targets";

const REQUESTS = Number(process.env.BENCH_REPORT_REQUESTS ?? 60);
const CONCURRENCY = Number(process.env.BENCH_REPORT_CONCURRENCY ?? 4);
const USECASE_RUNS = Number(process.env.BENCH_USECASE_RUNS ?? 5);
const SCENARIO_SECONDS = Number(process.env.BENCH_SCENARIO_SECONDS ?? 90);
const EXPORT_RUNS = 2;
const SELECT_ONE_RUNS = 1000;
const BARE_REQUESTS = 2000;
const EXPLAIN_PER_PAGE = 2;
const EXPLAIN_MIN_MS = 2;
const REPORT_ROUTES = ["/reports", "/reports/gaps", "/reports/officials/[officialId]", "/reports/export/[report]"];

async function serverVersions(databaseUrl: string): Promise<{ postgres: string; settings: Record<string, string> }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const version = await client.query<{ server_version: string }>("SHOW server_version");
    const settings = await client.query<{ name: string; setting: string; unit: string | null }>(
      `SELECT name, setting, unit FROM pg_settings WHERE name = ANY($1::text[]) ORDER BY name`,
      [["shared_buffers", "work_mem", "effective_cache_size", "max_parallel_workers_per_gather", "jit", "random_page_cost"]],
    );
    return {
      postgres: version.rows[0]?.server_version ?? "?",
      settings: Object.fromEntries(settings.rows.map((row) => [row.name, row.unit ? `${row.setting} × ${row.unit}` : row.setting])),
    };
  } finally {
    await client.end();
  }
}

/** The slowest statements of each page view, once each (the session and scope reads repeat). */
function statementsToExplain(profiles: readonly PageProfile[]): (CapturedStatement & { page: string })[] {
  const seen = new Set<string>();
  const chosen: (CapturedStatement & { page: string })[] = [];
  for (const profile of profiles) {
    for (const statement of profile.slowest.filter((candidate) => candidate.ms >= EXPLAIN_MIN_MS).slice(0, EXPLAIN_PER_PAGE)) {
      const key = `${statement.sql}\n${statement.params}`;
      if (seen.has(key)) continue;
      seen.add(key);
      chosen.push({ ...statement, page: profile.key });
    }
  }
  return chosen;
}

export async function runReportsSection(): Promise<number> {
  let server: ReportsServer | undefined;
  const stopServer = async () => server?.stop().catch((error) => console.error("[bench] stopping the server failed:", error));
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stopServer().finally(() => process.exit(130)));

  try {
    const loadAverageAtStart = loadavg();
    await ensureBuild(REPORT_ROUTES);
    const database = await resolveReportsDatabase();
    const targets = await findReportTargets(database);
    const versions = await serverVersions(database.url);
    log(`reports on ${database.name}: ${(database.rows.User ?? 0).toLocaleString("en-IN")} officials; ministry ${targets.ministry.name} (${targets.ministry.officials.toLocaleString("en-IN")} active)`);
    const pages = reportPages(targets);

    log(`SELECT 1 × ${SELECT_ONE_RUNS} over pg…`);
    const selectOne = await selectOneRoundTrip(database.url, SELECT_ONE_RUNS);
    log(`use-cases in-process (statements per page view, ${USECASE_RUNS} views each after a warm-up)${hasRequestCache ? "" : " — React cache() NOT emulated: counts may be high"}…`);
    const profiler = createStatementProfiler(database.url);
    const profiles: PageProfile[] = [];
    let prismaSelectOne;
    try {
      prismaSelectOne = await profiler.selectOne(SELECT_ONE_RUNS);
      for (const page of pages) {
        const profile = await profiler.profile(page, page.isExport ? EXPORT_RUNS : USECASE_RUNS);
        profiles.push(profile);
        log(`  ${page.label}: ${profile.statements} statements, SQL ${profile.sqlP50.toFixed(1)} ms, use-cases ${profile.wallP50.toFixed(1)} ms`);
      }
    } finally {
      await profiler.close();
    }
    const toExplain = statementsToExplain(profiles);
    log(`EXPLAIN ANALYZE of the ${toExplain.length} slowest statements…`);
    const plans = (await explainStatements(database.url, toExplain)).map((plan, index) => ({ page: toExplain[index]!.page, ...plan }));

    server = await startReportsServer({ root: APP_ROOT, databaseUrl: database.url, port: await freePort(), distDir: DIST_DIR });
    const cookie = await server.cookieFor(targets.analyst);
    log(`server up at ${server.baseUrl} (next-server pid ${server.serverPid}), signed in as ${targets.analyst.email}`);

    const bare = await startBareHttpServer();
    let bareLoad: LoadResult;
    try {
      await fireLoad(Array.from({ length: 200 }, () => bare.url), { concurrency: CONCURRENCY });
      bareLoad = await fireLoad(Array.from({ length: BARE_REQUESTS }, () => bare.url), { concurrency: CONCURRENCY });
    } finally {
      bare.stop();
    }
    log(`bare HTTP: ${bareLoad.requests} requests, p50 ${bareLoad.p50.toFixed(2)} ms, ${bareLoad.requestsPerSecond.toFixed(0)} req/s`);

    const loadPages = pages.filter((candidate) => !candidate.isExport);
    // Untimed: the first renders of a route load its code and warm the database's pages.
    for (const page of loadPages) {
      const url = `${server.baseUrl}${page.path}`;
      await fireLoad([url, url, url], { concurrency: 1, cookie, marker: page.marker });
    }
    const loads = new Map<string, PageLoad>();
    for (const page of loadPages) {
      const url = `${server.baseUrl}${page.path}`;
      const loadAverage = loadavg()[0]!;
      const cpuBefore = readProcessCpuMs(server.serverPid);
      const result = await fireLoad(Array.from({ length: REQUESTS }, () => url), { concurrency: CONCURRENCY, cookie, marker: page.marker, budgetSeconds: SCENARIO_SECONDS });
      const serverCpuMsPerRequest = (readProcessCpuMs(server.serverPid) - cpuBefore) / Math.max(1, result.requests);
      loads.set(page.key, { ...result, serverCpuMsPerRequest, loadAverage });
      log(`  ${page.label}: ${result.requests} requests, ${result.errors} errors, p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, server CPU ${serverCpuMsPerRequest.toFixed(1)} ms/request`);
    }

    const exports: ExportMeasurement[] = [];
    const exportPages = pages.filter((page) => page.isExport);
    // Small first, then the ministry twice: flat memory shows as the same peak for all three.
    for (const page of [exportPages[0], exportPages[1], exportPages[1]]) {
      if (!page) continue;
      const measurement = await measureExport({ label: page.label, url: `${server.baseUrl}${page.path}`, cookie, serverPid: server.serverPid });
      exports.push(measurement);
      log(`  ${page.label}: ${measurement.rows} rows, TTFB ${measurement.ttfbMs.toFixed(0)} ms, total ${measurement.totalMs.toFixed(0)} ms, peak RSS ${(measurement.peakRssKb / 1024).toFixed(0)} MB`);
    }

    const result: ReportsResult = {
      at: new Date().toISOString(),
      machine: { loadAverageAtStart, loadAverageAtEnd: loadavg(), cpus: cpus().length, cpuModel: cpus()[0]?.model ?? "?", memoryGiB: totalmem() / 1024 ** 3, node: process.version, ...versions },
      database: { name: database.name, generatedNow: database.generatedNow, generator: database.generator, rows: database.rows, rowsAreEstimates: database.rowsAreEstimates },
      settings: { requestsPerPage: REQUESTS, concurrency: CONCURRENCY, useCaseRuns: USECASE_RUNS, scenarioSeconds: SCENARIO_SECONDS, distDir: DIST_DIR, appRoot: APP_ROOT, requestCacheEmulated: hasRequestCache },
      targets,
      baselines: { selectOne, prismaSelectOne, bareHttp: bareLoad },
      pages: pages.map((page) => ({ key: page.key, label: page.label, path: page.path, targetP95Ms: page.targetP95Ms, isExport: !!page.isExport, load: loads.get(page.key) ?? null, profile: profiles.find((profile) => profile.key === page.key)! })),
      exports,
      plans,
    };
    printReportsSection(result);
    await writeReportsJson(result);
    const failed = [...loads.values()].some((load) => load.errors > 0) || exports.some((measurement) => measurement.status !== 200);
    return failed ? 1 : 0;
  } finally {
    await stopServer();
  }
}
