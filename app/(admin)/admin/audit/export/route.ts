import type { NextRequest } from "next/server";
import { parseAuditFilters } from "@/lib/domain/audit/audit-query";
import { csvHeader, csvRows, type CsvColumn } from "@/lib/domain/reports/csv";
import { requirePermission } from "@/lib/server/auth/session";
import { iterateAuditLog, type AuditRow } from "@/lib/server/audit/list-audit-log";

const COLUMNS: CsvColumn<AuditRow>[] = [
  { header: "at", value: (row) => row.createdAt.toISOString() },
  { header: "actor", value: (row) => row.actorName },
  { header: "actor_email", value: (row) => row.actorEmail },
  { header: "action", value: (row) => row.action },
  { header: "object_type", value: (row) => row.entityType },
  { header: "object_id", value: (row) => row.entityId },
  { header: "organisation", value: (row) => row.organisationName },
  { header: "ip_address", value: (row) => row.ipAddress },
  { header: "details", value: (row) => row.details },
];

// The page's filters, every matching row, streamed by keyset batches; cells are formula-safe.
export async function GET(request: NextRequest) {
  const user = await requirePermission("audit:read");
  const filters = parseAuditFilters(Object.fromEntries(request.nextUrl.searchParams));
  const encoder = new TextEncoder();
  const batches = iterateAuditLog(user, filters);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${csvHeader(COLUMNS)}`));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(csvRows(COLUMNS, next.value)));
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="audit-trail.csv"',
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
