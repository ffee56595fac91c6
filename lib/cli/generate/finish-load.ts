// After the rows are in: the report roll-ups recounted from them (the load skipped the
// triggers that keep them), the deferred secondary indexes built, the catalogue's denormalised
// totals and search text refreshed the way the app refreshes them, and statistics and visibility
// maps brought up to date so the first queries plan and run as they will later.
import { PrismaPg } from "@prisma/adapter-pg";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { PrismaClient } from "../../generated/prisma/client";
import { refreshCourseSearchText } from "../../server/catalogue/refresh-course-search-text";
import { LOAD_SESSION_SETTINGS, quoteIdentifier } from "./copy-writer";
import type { ReferenceTable } from "./reference-rows";
import type { IndexDefinition } from "./secondary-indexes";

/** Memory for sorts and hash aggregates of this session only: the load runs alone on its database. */
export const HEAVY_SESSION_SETTINGS = ["SET maintenance_work_mem = '1GB'", "SET work_mem = '256MB'"];

export async function openClient(connectionString: string, settings: readonly string[] = []): Promise<pg.Client> {
  const client = new pg.Client({ connectionString, application_name: "data:generate" });
  await client.connect();
  for (const setting of settings) await client.query(setting);
  return client;
}

/** The reference tables in one transaction, each with one COPY. */
export async function copyReferenceTables(connectionString: string, tables: readonly ReferenceTable[]): Promise<void> {
  const client = await openClient(connectionString, LOAD_SESSION_SETTINGS);
  try {
    await client.query("BEGIN");
    for (const { table, columns, lines } of tables) {
      if (lines.length === 0) continue;
      const sql = `COPY ${quoteIdentifier(table)} (${columns.map(quoteIdentifier).join(", ")}) FROM STDIN`;
      await pipeline(Readable.from(lines), client.query(copyFrom(sql)));
    }
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
}

export async function setLearningRecordSequence(client: pg.Client, lastId: number): Promise<void> {
  await client.query(`SELECT setval(pg_get_serial_sequence('"LearningRecord"', 'id'), $1, $2)`, [Math.max(1, lastId), lastId > 0]);
}

export async function rebuildReportRollups(client: pg.Client): Promise<void> {
  await client.query(`SELECT "rebuild_report_rollups"()`);
}

/** Rating totals from the ratings, enrolment tallies from the enrolments, then search text and enrolment counts through the app's own refresh. */
export async function refreshCourseTotals(client: pg.Client, connectionString: string): Promise<number> {
  await client.query(`
    UPDATE "Course" c SET "ratingCount" = r.n, "ratingSum" = r.s
    FROM (SELECT "courseId", count(*)::int AS n, sum("rating")::int AS s FROM "CourseRating" GROUP BY 1) r
    WHERE c."id" = r."courseId"`);
  // The load runs with triggers off, so the enrolment tallies the triggers keep are counted here.
  await client.query(`
    INSERT INTO "CourseEnrolmentTally" AS t ("courseId", "shard", "enrolments")
    SELECT "courseId", "enrolment_tally_shard"("userId"), count(*)::int FROM "Enrolment" WHERE "status" <> 'WITHDRAWN' GROUP BY 1, 2
    ON CONFLICT ("courseId", "shard") DO UPDATE SET "enrolments" = EXCLUDED."enrolments"`);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 1 }) });
  try {
    const refreshed = await refreshCourseSearchText(prisma);
    await client.query(`ANALYZE "Course"`);
    return refreshed;
  } finally {
    await prisma.$disconnect();
  }
}

/** Every table, largest first. */
async function tablesBySize(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY pg_total_relation_size(c.oid) DESC`,
  );
  return rows.map((row) => row.name);
}

/**
 * VACUUM (ANALYZE) of the given tables on a few connections at once: statistics for the planner,
 * and visibility maps for the tables loaded without FREEZE (User, Enrolment, the roll-ups) so
 * index-only scans work from the first query. Frozen tables are skipped page by page by VACUUM
 * itself; their ANALYZE is a sample read, partly waiting on the disk.
 */
export async function vacuumAnalyze(connectionString: string, tables: readonly string[], connections = 3): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(connections, tables.length) }, async () => {
      const worker = await openClient(connectionString, HEAVY_SESSION_SETTINGS);
      try {
        while (next < tables.length) await worker.query(`VACUUM (ANALYZE) ${quoteIdentifier(tables[next++] as string)}`);
      } finally {
        await worker.end();
      }
    }),
  );
}

/**
 * Everything after the rows are in. rebuild_report_rollups() is one long single-threaded
 * statement, so a second connection works beside it: the deferred indexes table by table, each
 * table vacuumed and analysed as soon as its indexes exist, then the course totals. The roll-up
 * tables get their indexes and statistics once the recount is done, and whatever is left is
 * vacuumed last.
 */
export async function finishLoad(input: {
  connectionString: string;
  deferredIndexes: readonly IndexDefinition[];
  rollupTables: readonly string[];
  log: (message: string) => void;
}): Promise<{ coursesRefreshed: number }> {
  const { connectionString, log } = input;
  const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
  const main = await openClient(connectionString, HEAVY_SESSION_SETTINGS);
  const side = await openClient(connectionString, HEAVY_SESSION_SETTINGS);
  try {
    const order = await tablesBySize(main);
    const done = new Set<string>();
    const byTable = new Map<string, IndexDefinition[]>();
    for (const index of input.deferredIndexes) byTable.set(index.table, [...(byTable.get(index.table) ?? []), index]);
    const loaded = order.filter((table) => byTable.has(table) && !input.rollupTables.includes(table));
    let coursesRefreshed = 0;
    await Promise.all([
      (async () => {
        const at = Date.now();
        await rebuildReportRollups(main);
        log(`  roll-ups recounted in ${seconds(at)}`);
        const indexedAt = Date.now();
        for (const table of input.rollupTables) for (const index of byTable.get(table) ?? []) await main.query(index.definition);
        log(`  roll-up indexes built in ${seconds(indexedAt)}`);
      })(),
      (async () => {
        const at = Date.now();
        for (const table of loaded) {
          for (const index of byTable.get(table) ?? []) {
            const indexAt = Date.now();
            await side.query(index.definition);
            if (Date.now() - indexAt > 5000) log(`  index ${index.name}: ${seconds(indexAt)}`);
          }
          await side.query(`VACUUM (ANALYZE) ${quoteIdentifier(table)}`);
          done.add(table);
        }
        log(`  ${input.deferredIndexes.length - input.rollupTables.reduce((sum, table) => sum + (byTable.get(table)?.length ?? 0), 0)} indexes built and their tables analysed in ${seconds(at)}`);
        const refreshAt = Date.now();
        coursesRefreshed = await refreshCourseTotals(side, connectionString);
        done.add("Course");
        log(`  course ratings, enrolment counts and search text of ${coursesRefreshed} courses in ${seconds(refreshAt)}`);
      })(),
    ]);
    const at = Date.now();
    await vacuumAnalyze(connectionString, order.filter((table) => !done.has(table)));
    log(`  the other ${order.length - done.size} tables vacuumed and analysed in ${seconds(at)}`);
    return { coursesRefreshed };
  } finally {
    await Promise.all([main.end(), side.end()]);
  }
}

export async function databaseBytes(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ bytes: string }>("SELECT pg_database_size(current_database())::text AS bytes");
  return Number(rows[0]?.bytes ?? 0);
}

export async function countRows(client: pg.Client, tables: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${quoteIdentifier(table)}`);
    counts[table] = Number(rows[0]?.n ?? 0);
  }
  return counts;
}
