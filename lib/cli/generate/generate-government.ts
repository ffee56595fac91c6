// Loads a synthetic government into an empty PostgreSQL database, stage by stage, timing each:
// plan → prepare the database (migrate, drop secondary indexes) → reference data → officials
// and their activity (COPY, triggers and foreign-key checks off) → report roll-ups recounted →
// indexes rebuilt → course totals and search text → VACUUM (ANALYZE) → optional checks → the ids
// a benchmark needs.
import { cpus, loadavg } from "node:os";
import type { DemoAccountKey } from "../../../prisma/seed-data/demo-accounts";
import { isoDay, weekStartOf } from "./calendar";
import { BULK_TABLES, ROLLUP_TABLES, type BulkTable } from "./bulk-tables";
import { findBenchTargets, type BenchTargets } from "./bench-targets";
import { HEAVY_SESSION_SETTINGS, copyReferenceTables, countRows, databaseBytes, finishLoad, openClient, setLearningRecordSequence } from "./finish-load";
import { loadOfficials } from "./load-officials";
import { referenceRows } from "./reference-rows";
import { OUT_OF_ORDER_KEYS, dropIndexes, findSecondaryIndexes } from "./secondary-indexes";
import { databaseName, prepareDatabase } from "./target-database";
import { verifyLoad, type Check } from "./verify-load";
import { type GenerateOptions, type World, planWorld } from "./world";

export type GenerateReport = {
  database: string;
  /** Wall-clock timings mean little without the machine they ran on and how busy it was. */
  machine: { cpus: number; loadAverageAtStart: number[]; loadAverageAtEnd: number[] };
  options: GenerateOptions & { asOf: string };
  stages: { name: string; seconds: number; generatorCpuSeconds: number }[];
  totalSeconds: number;
  rows: Record<string, number>;
  databaseBytes: number;
  checks: Check[] | null;
  targets: BenchTargets;
};

export async function generateGovernment(input: {
  connectionString: string;
  options: GenerateOptions;
  reset: boolean;
  verify: boolean;
  log: (message: string) => void;
}): Promise<GenerateReport> {
  const { connectionString, log } = input;
  const started = Date.now();
  const loadAverageAtStart = loadavg();
  const stages: { name: string; seconds: number; generatorCpuSeconds: number }[] = [];
  // Wall time, and the CPU time this process spent: on a shared machine the two differ a lot.
  const stage = async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
    const at = Date.now();
    const cpu = process.cpuUsage();
    log(`${name}…`);
    const result = await work();
    const seconds = (Date.now() - at) / 1000;
    const used = process.cpuUsage(cpu);
    const generatorCpuSeconds = (used.user + used.system) / 1e6;
    stages.push({ name, seconds, generatorCpuSeconds });
    log(`${name}: ${seconds.toFixed(1)} s (generator CPU ${generatorCpuSeconds.toFixed(1)} s)`);
    return result;
  };

  const world: World = await stage("plan the government", () => planWorld(input.options));
  log(`  ${world.organisations.length} organisations, ${world.dictionary.competencies.length} competencies, ${world.dictionary.roles.length} FRAC roles, ${world.positions.length} posts, ${world.catalogue.courses.length} courses, ${world.catalogue.lessonCount} lessons`);

  const indexes = await stage("prepare the database", async () => {
    await prepareDatabase({ connectionString, reset: input.reset, log: (message) => log(`  ${message}`) });
    const client = await openClient(connectionString);
    try {
      const rollupTables: readonly string[] = ROLLUP_TABLES;
      const found = await findSecondaryIndexes(client, [...Object.values(BULK_TABLES).map((spec) => spec.table), ...ROLLUP_TABLES]);
      const deferred = found.filter((index) => rollupTables.includes(index.table) || OUT_OF_ORDER_KEYS.has(index.firstColumn));
      await dropIndexes(client, deferred);
      log(`  ${deferred.length} of ${found.length} secondary indexes dropped until the rows are in`);
      return deferred;
    } finally {
      await client.end();
    }
  });
  // From here until the indexes are rebuilt the database is incomplete: a failure means --reset.
  try {
    const referenceCounts = await stage("organisations, dictionary, posts and catalogue", async () => {
      const client = await openClient(connectionString);
      const framework = await client.query<{ id: string }>(`SELECT "id" FROM "CompetencyFramework" WHERE "status" = 'ACTIVE'`).finally(() => client.end());
      const frameworkId = framework.rows[0]?.id;
      if (!frameworkId) throw new Error("No active competency framework: the migrations create one.");
      const tables = referenceRows(world, frameworkId);
      await copyReferenceTables(connectionString, tables);
      return Object.fromEntries(tables.map((table) => [table.table, table.lines.length]));
    });

    const officials = await stage("officials and their learning (COPY)", () => loadOfficials(world, connectionString, log));

    const client = await openClient(connectionString, HEAVY_SESSION_SETTINGS);
    try {
      await setLearningRecordSequence(client, officials.rows.learningRecord);
      const finished = await stage(`report roll-ups (rebuild_report_rollups), ${indexes.length} indexes, statistics, course totals`, () =>
        finishLoad({ connectionString, deferredIndexes: indexes, rollupTables: ROLLUP_TABLES, log }),
      );
      log(`  ${finished.coursesRefreshed} courses refreshed`);
      const checks = input.verify
        ? await stage("verify", () => verifyLoad(client, (check) => log(`  ${check.missing === 0 && check.unexpected === 0 ? "ok  " : "FAIL"} ${check.name} (${check.missing} missing, ${check.unexpected} unexpected)`)))
        : null;
      const weekStart = isoDay(weekStartOf(input.options.asOfDay));
      const targets = await stage("benchmark targets", () => findBenchTargets(client, weekStart, officials.demoAccountIds as Partial<Record<DemoAccountKey, string>>));
      const rollups = await countRows(client, ROLLUP_TABLES);
      const bulk = Object.fromEntries((Object.keys(BULK_TABLES) as BulkTable[]).map((key) => [BULK_TABLES[key].table, officials.rows[key]]));
      return {
        database: databaseName(connectionString),
        machine: { cpus: cpus().length, loadAverageAtStart, loadAverageAtEnd: loadavg() },
        options: { ...input.options, asOf: isoDay(input.options.asOfDay) },
        stages,
        totalSeconds: (Date.now() - started) / 1000,
        rows: { ...referenceCounts, ...bulk, ...rollups },
        databaseBytes: await databaseBytes(client),
        checks,
        targets,
      };
    } finally {
      await client.end();
    }
  } catch (error) {
    log(`the load failed part-way; database ${databaseName(connectionString)} is incomplete — run again with --reset`);
    throw error;
  }
}
