import "server-only";
import { csvHeader, csvRows, type CsvColumn } from "@/lib/domain/reports/csv";
import { Prisma } from "@/lib/generated/prisma/client";
import { dbRead } from "@/lib/server/db-read";
import { loadCompetencyInfo } from "./load-competency-names";
import { loadOfficialReadiness, type OfficialReadiness } from "./load-official-readiness";
import type { ReportScope } from "./report-scope";
import { inScopeOrganisations, officialConditions } from "./scope-sql";

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
 * Every active official of the scope with readiness, as CSV, a batch at a time, organisation by
 * organisation (by name): each pull reads the next 2,000 officials of the current organisation
 * by id from the (organisationId, status, id) index — a keyset, so the last batch of a ministry
 * costs what the first does, where one keyset over the whole scope walked every official of the
 * government in id order to find the scope's. Memory stays flat whether the scope has fifty
 * officials or fifty thousand.
 */
export function streamOfficialsCsv(scope: ReportScope, options: { batchSize?: number } = {}): ReadableStream<Uint8Array> {
  const batchSize = options.batchSize ?? BATCH;
  const encoder = new TextEncoder();
  // Scope by organisation below; role, designation and group filters still apply.
  const filters = officialConditions({ rootIds: null, filters: scope.filters });
  let organisations: string[] | null = null;
  let current = 0;
  let after: string | null = null;
  let names: Map<string, { name: string }> | null = null;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!organisations) {
        [organisations, names] = await Promise.all([scopeOrganisationIds(scope), loadCompetencyInfo()]);
        // A byte-order mark, so spreadsheet programs read Hindi and other non-Latin names right.
        controller.enqueue(encoder.encode(`\uFEFF${csvHeader(COLUMNS)}`));
        return;
      }
      while (current < organisations.length) {
        const organisationId = organisations[current]!;
        const batch: OfficialRow[] = await dbRead.$queryRaw<OfficialRow[]>`
          SELECT u."id", u."name", u."email", u."employeeCode", u."designation", u."group"::text AS "group", u."fracPositionId",
                 o."name" AS "organisationName", p."title" AS "positionTitle"
          FROM "User" u
          JOIN "Organisation" o ON o."id" = u."organisationId"
          LEFT JOIN "FracPosition" p ON p."id" = u."fracPositionId"
          WHERE u."organisationId" = ${organisationId}::uuid AND ${filters} ${after ? Prisma.sql`AND u."id" > ${after}::uuid` : Prisma.empty}
          ORDER BY u."id"
          LIMIT ${batchSize}`;
        if (batch.length < batchSize) {
          current += 1;
          after = null;
        } else {
          after = batch[batch.length - 1]!.id;
        }
        if (batch.length === 0) continue;
        controller.enqueue(encoder.encode(await csvBatch(batch, names!)));
        return;
      }
      controller.close();
    },
  });
}

/** The scope's organisations, by name: the order the CSV lists their officials in. */
async function scopeOrganisationIds(scope: ReportScope): Promise<string[]> {
  const rows = await dbRead.$queryRaw<{ id: string }[]>`
    SELECT o."id" FROM "Organisation" o WHERE ${inScopeOrganisations(scope, `o."id"`)} ORDER BY o."name", o."id"`;
  return rows.map((row) => row.id);
}

async function csvBatch(batch: OfficialRow[], names: Map<string, { name: string }>): Promise<string> {
  const readiness = await loadOfficialReadiness(dbRead, batch);
  const rows = batch.map((official) => {
    const assessed = readiness.get(official.id)!;
    const gaps = assessed.statuses
      .filter((status) => status.gap > 0)
      .sort((a, b) => b.gap - a.gap)
      .map((status) => `${names.get(status.competencyId)?.name ?? status.competencyId} ${status.held} of ${status.required}`)
      .join("; ");
    return { ...official, ...assessed, gaps };
  });
  return csvRows(COLUMNS, rows);
}
