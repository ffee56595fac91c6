import "server-only";
import { csvHeader, csvRows, type CsvColumn } from "@/lib/domain/reports/csv";
import { db } from "@/lib/server/db";
import { loadCompetencyInfo } from "./load-competency-names";
import { loadOfficialReadiness, type OfficialReadiness } from "./load-official-readiness";
import type { ReportScope } from "./report-scope";
import { officialConditions } from "./scope-sql";

const BATCH = 2000;

type OfficialRow = {
  id: string;
  name: string;
  email: string;
  employeeCode: string | null;
  designation: string | null;
  group: string | null;
  fracPositionId: string | null;
  organisationName: string;
  positionTitle: string | null;
};

type ExportRow = OfficialRow & OfficialReadiness & { gaps: string };

const COLUMNS: CsvColumn<ExportRow>[] = [
  { header: "Name", value: (row) => row.name },
  { header: "Email", value: (row) => row.email },
  { header: "Employee code", value: (row) => row.employeeCode },
  { header: "Designation", value: (row) => row.designation },
  { header: "Group", value: (row) => row.group },
  { header: "Organisation", value: (row) => row.organisationName },
  { header: "FRAC post", value: (row) => row.positionTitle },
  { header: "Requirements", value: (row) => row.readiness.requirements },
  { header: "Requirements met", value: (row) => row.readiness.met },
  { header: "Levels required", value: (row) => row.readiness.levelsRequired },
  { header: "Levels missing", value: (row) => row.readiness.levelsMissing },
  { header: "Ready (% of levels)", value: (row) => (row.readiness.requirements > 0 ? Math.round(row.readiness.gapWeighted * 100) : null) },
  { header: "Gaps (held of required)", value: (row) => row.gaps },
];

/**
 * Every active official of the scope with readiness, as CSV, a batch at a time: each pull reads
 * the next 2,000 officials by id (keyset, so page 25 costs what page 1 does) and hands them on.
 * Memory stays flat whether the scope has fifty officials or fifty thousand.
 */
export function streamOfficialsCsv(scope: ReportScope): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after: string | null = null;
  let started = false;
  let names: Map<string, { name: string }> | null = null;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        names = await loadCompetencyInfo();
        // A byte-order mark, so spreadsheet programs read Hindi and other non-Latin names right.
        controller.enqueue(encoder.encode(`\uFEFF${csvHeader(COLUMNS)}`));
        return;
      }
      const batch: OfficialRow[] = await db.$queryRaw<OfficialRow[]>`
        SELECT u."id", u."name", u."email", u."employeeCode", u."designation", u."group"::text AS "group", u."fracPositionId",
               o."name" AS "organisationName", p."title" AS "positionTitle"
        FROM "User" u
        JOIN "Organisation" o ON o."id" = u."organisationId"
        LEFT JOIN "FracPosition" p ON p."id" = u."fracPositionId"
        WHERE ${officialConditions(scope)} AND (${after}::uuid IS NULL OR u."id" > ${after}::uuid)
        ORDER BY u."id"
        LIMIT ${BATCH}`;
      if (batch.length === 0) {
        controller.close();
        return;
      }
      after = batch[batch.length - 1]!.id;
      const readiness = await loadOfficialReadiness(db, batch);
      const rows = batch.map((official) => {
        const assessed = readiness.get(official.id)!;
        const gaps = assessed.statuses
          .filter((status) => status.gap > 0)
          .sort((a, b) => b.gap - a.gap)
          .map((status) => `${names?.get(status.competencyId)?.name ?? status.competencyId} ${status.held} of ${status.required}`)
          .join("; ");
        return { ...official, ...assessed, gaps };
      });
      controller.enqueue(encoder.encode(csvRows(COLUMNS, rows)));
    },
  });
}
