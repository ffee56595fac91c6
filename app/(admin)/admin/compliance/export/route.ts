import type { NextRequest } from "next/server";
import { csvFileName, csvHeader, csvRows, type CsvColumn } from "@/lib/domain/reports/csv";
import { financialYearLabel } from "@/lib/domain/plan/plan-lifecycle";
import { requireAdminConsole } from "@/lib/server/auth/require-admin-console";
import { findCompliancePlan } from "@/lib/server/plan/find-compliance-plan";
import { iterateComplianceOfficials, type OfficialComplianceRow } from "@/lib/server/plan/list-compliance-officials";
import { parseComplianceQuery } from "../compliance-query";

const COLUMNS: CsvColumn<OfficialComplianceRow>[] = [
  { header: "name", value: (row) => row.name },
  { header: "email", value: (row) => row.email },
  { header: "designation", value: (row) => row.designation },
  { header: "organisation", value: (row) => row.organisationName },
  { header: "assigned", value: (row) => row.assigned },
  { header: "not_started", value: (row) => row.notStarted },
  { header: "in_progress", value: (row) => row.inProgress },
  { header: "completed", value: (row) => row.completed },
  { header: "overdue", value: (row) => row.overdue },
  { header: "apar_prescribed", value: (row) => row.prescribed },
  { header: "apar_completed", value: (row) => row.prescribedCompleted },
  { header: "apar_threshold_met", value: (row) => (row.aparMet === null ? "n/a" : row.aparMet ? "yes" : "no") },
];

// Streams every official matching the page's filters, a keyset batch at a time: a ministry of
// 50,000 downloads in constant memory. Cells are formula-safe (lib/domain/reports/csv.ts).
export async function GET(request: NextRequest) {
  const user = await requireAdminConsole("org:reports:read");
  const query = parseComplianceQuery(Object.fromEntries(request.nextUrl.searchParams));
  const { plan } = await findCompliancePlan(user, query.planId);
  if (!plan) return new Response("Not found", { status: 404 });
  const now = new Date();
  const encoder = new TextEncoder();
  const batches = iterateComplianceOfficials({ plan, courseId: query.courseId, filter: query.filter, now });
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
      "Content-Disposition": `attachment; filename="${csvFileName("compliance", plan.organisationName, financialYearLabel(plan.year), `v${plan.version}`)}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
