// After the rows are in: the report roll-ups recounted from them (the load skipped the
// triggers that keep them), the secondary indexes rebuilt, the catalogue's denormalised totals
// and search text refreshed the way the app refreshes them, and statistics and visibility maps
// brought up to date so the first queries plan and run as they will later.
import { PrismaPg } from "@prisma/adapter-pg";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { PrismaClient } from "../../generated/prisma/client";
import { refreshCourseSearchText } from "../../server/catalogue/refresh-course-search-text";
import { LOAD_SESSION_SETTINGS, quoteIdentifier } from "./copy-writer";
import type { ReferenceTable } from "./reference-rows";

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

/** Rating totals from the ratings, then search text and enrolment counts through the app's own refresh. */
export async function refreshCourseTotals(client: pg.Client, connectionString: string): Promise<number> {
  await client.query(`
    UPDATE "Course" c SET "ratingCount" = r.n, "ratingSum" = r.s
    FROM (SELECT "courseId", count(*)::int AS n, sum("rating")::int AS s FROM "CourseRating" GROUP BY 1) r
    WHERE c."id" = r."courseId"`);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 1 }) });
  try {
    const refreshed = await refreshCourseSearchText(prisma);
    await client.query(`ANALYZE "Course"`);
    return refreshed;
  } finally {
    await prisma.$disconnect();
  }
}

/**
 * VACUUM (ANALYZE) of every table, largest first, on a few connections at once: statistics for the
 * planner everywhere, and visibility maps for the tables loaded without FREEZE (User, Enrolment,
 * the roll-ups) so index-only scans work from the first query. Frozen tables are skipped page by
 * page by VACUUM itself; their ANALYZE is a sample read, partly waiting on the disk.
 */
export async function vacuumAnalyze(connectionString: string, connections = 3): Promise<void> {
  const client = await openClient(connectionString);
  let tables: string[];
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT quote_ident(c.relname) AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY pg_total_relation_size(c.oid) DESC`,
    );
    tables = rows.map((row) => row.name);
  } finally {
    await client.end();
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      const worker = await openClient(connectionString, HEAVY_SESSION_SETTINGS);
      try {
        while (next < tables.length) await worker.query(`VACUUM (ANALYZE) ${tables[next++]}`);
      } finally {
        await worker.end();
      }
    }),
  );
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
