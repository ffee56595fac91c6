// The reports section's tables (targets and ratios beside every figure, never asserted) and its
// JSON report in tests/artifacts/bench/.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { ARTIFACTS_DIR, ROOT, fmt, log } from "./bench-tools";
import type { LoadResult, RoundTrip } from "./load";
import type { PlanSummary } from "./report-explain";
import type { ExportMeasurement } from "./report-export";
import type { PageProfile } from "./report-statements";
import type { ReportTargets } from "./reports-targets";

export type PageLoad = LoadResult & {
  /** CPU the next-server process spent per request: steadier than latency on a shared machine. */
  serverCpuMsPerRequest: number;
  /** The machine's 1-minute load average when the page's run began (2 cores: above 2 is queueing). */
  loadAverage: number;
};

export type ReportsResult = {
  at: string;
  machine: { loadAverageAtStart: number[]; loadAverageAtEnd: number[]; cpus: number; cpuModel: string; memoryGiB: number; node: string; postgres: string; settings: Record<string, string> };
  database: {
    name: string;
    generatedNow: boolean;
    generator: { officials: number; asOf: string; totalSeconds: number; databaseBytes: number } | null;
    rows: Record<string, number>;
    rowsAreEstimates: boolean;
  };
  settings: { requestsPerPage: number; concurrency: number; useCaseRuns: number; scenarioSeconds: number; distDir: string; appRoot: string; requestCacheEmulated: boolean };
  targets: ReportTargets;
  baselines: { selectOne: RoundTrip; prismaSelectOne: RoundTrip; bareHttp: LoadResult };
  pages: { key: string; label: string; path: string; targetP95Ms: number | null; isExport: boolean; load: PageLoad | null; profile: PageProfile }[];
  exports: ExportMeasurement[];
  plans: (({ page: string } & PlanSummary) | { page: string; step: string; sql: string; error: string })[];
};

const MB = (kb: number) => (kb / 1024).toFixed(0);
const ratio = (value: number, floor: number) => (floor > 0 && Number.isFinite(value) ? `${Math.round(value / floor).toLocaleString("en-IN")}×` : "-");

function verdict(load: PageLoad | null, target: number | null): string {
  if (!load || target === null) return "-";
  if (load.errors > 0) return "ERRORS";
  return load.p95 <= target ? "ok" : "MISSED";
}

export function printReportsSection(result: ReportsResult): void {
  const { selectOne, prismaSelectOne, bareHttp } = result.baselines;
  console.log("");
  log(
    `floors: SELECT 1 over pg p50 ${fmt(selectOne.p50, 3)} ms / p95 ${fmt(selectOne.p95, 3)} ms (through Prisma p50 ${fmt(prismaSelectOne.p50, 3)} ms); ` +
      `bare Node HTTP at concurrency ${result.settings.concurrency} p50 ${fmt(bareHttp.p50, 2)} ms / p95 ${fmt(bareHttp.p95, 2)} ms, ${bareHttp.requestsPerSecond.toFixed(0)} req/s`,
  );
  console.table(
    result.pages
      .filter((page) => !page.isExport)
      .map((page) => ({
        page: page.label,
        requests: page.load?.requests ?? 0,
        errors: page.load?.errors ?? 0,
        "p50 ms": fmt(page.load?.p50 ?? Number.NaN),
        "p95 ms": fmt(page.load?.p95 ?? Number.NaN),
        "req/s": fmt(page.load?.requestsPerSecond ?? Number.NaN),
        "server CPU ms/req": fmt(page.load?.serverCpuMsPerRequest ?? Number.NaN, 0),
        KB: fmt((page.load?.bytes ?? Number.NaN) / 1024, 0),
        load: fmt(page.load?.loadAverage ?? Number.NaN),
        "p50 ÷ bare HTTP": ratio(page.load?.p50 ?? Number.NaN, bareHttp.p50),
        "target p95": page.targetP95Ms === null ? "-" : `< ${page.targetP95Ms}`,
        verdict: verdict(page.load, page.targetP95Ms),
        statements: page.profile.statements,
        "SQL ms": fmt(page.profile.sqlP50),
        "SQL ÷ SELECT 1": ratio(page.profile.sqlP50, selectOne.p50),
      })),
  );
  log("per use-case, in-process, one after another (statements are per page view; SQL is the sum of their durations):");
  console.table(
    result.pages.flatMap((page) =>
      page.profile.steps.map((step) => ({
        page: page.key,
        "use-case": step.step,
        statements: step.statements,
        "wall p50 ms": fmt(step.wallP50),
        "SQL p50 ms": fmt(step.sqlP50),
        "SQL ÷ SELECT 1": ratio(step.sqlP50, selectOne.p50),
      })),
    ),
  );
  log("officials CSV (streamed), with the next-server process's memory:");
  console.table(
    result.exports.map((measurement) => ({
      export: measurement.label,
      status: measurement.status,
      rows: measurement.rows,
      MB: (measurement.bytes / 1024 ** 2).toFixed(1),
      "TTFB ms": fmt(measurement.ttfbMs, 0),
      "total ms": fmt(measurement.totalMs, 0),
      "rows/s": Math.round(measurement.rows / (measurement.totalMs / 1000)),
      "RSS before MB": MB(measurement.before.rssKb),
      "RSS peak MB": MB(measurement.peakRssKb),
      "RSS after MB": MB(measurement.after.rssKb),
      "HWM before→after MB": `${MB(measurement.before.hwmKb)}→${MB(measurement.after.hwmKb)}`,
      "server CPU ms": fmt(measurement.serverCpuMs, 0),
    })),
  );
  log("slowest statements, EXPLAIN (ANALYZE, BUFFERS):");
  for (const plan of result.plans) {
    const sql = plan.sql.replace(/\s+/g, " ").slice(0, 140);
    if ("error" in plan) {
      log(`  [${plan.page} / ${plan.step}] could not EXPLAIN (${plan.error}): ${sql}`);
      continue;
    }
    const hot = plan.hotNodes.map((node) => `${node.node} ${fmt(node.selfMs)} ms/${node.rows} rows`).join("; ");
    const scans = plan.seqScans.map((scan) => `${scan.relation} (${scan.rows} rows, ${scan.removedByFilter} filtered out)`).join(", ");
    log(`  [${plan.page} / ${plan.step}] ${fmt(plan.executionMs)} ms exec + ${fmt(plan.planningMs)} ms plan (issued ${fmt(plan.issuedMs)} ms), ${plan.rows} rows, buffers hit ${plan.sharedHitBlocks} read ${plan.sharedReadBlocks}`);
    log(`      ${sql}`);
    log(`      hot: ${hot}`);
    if (scans) log(`      seq scans: ${scans}`);
    if (plan.indexes.length > 0) log(`      indexes: ${plan.indexes.join(", ")}`);
  }
  log(
    `machine: ${result.machine.cpus} cores, 1-minute load average ${fmt(result.machine.loadAverageAtStart[0] ?? Number.NaN)} at the start and ${fmt(result.machine.loadAverageAtEnd[0] ?? Number.NaN)} at the end ` +
      `(above ${result.machine.cpus}, work queues for the CPU and latencies grow with it; server CPU per request does not)`,
  );
  log(`targets (p95, 2 cores shared by app, database and load generator) are informational, never asserted`);
}

export async function writeReportsJson(result: ReportsResult): Promise<void> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `reports-${result.at.replace(/[:.]/g, "-")}.json`);
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  log(`report written to ${path.relative(ROOT, file)}`);
}
