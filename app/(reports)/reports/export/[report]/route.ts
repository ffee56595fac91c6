import { notFound } from "next/navigation";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { csvFileName } from "@/lib/domain/reports/csv";
import { parseReportFilters } from "@/lib/domain/reports/report-filters.schema";
import { requirePermission } from "@/lib/server/auth/session";
import { buildReportCsv, SMALL_CSV_REPORTS } from "@/lib/server/reports/build-report-csv";
import { resolveReportScope } from "@/lib/server/reports/report-scope";
import { streamOfficialsCsv } from "@/lib/server/reports/stream-officials-csv";

// A route handler rather than a server action: a download has to stream its body, and an
// action answers with one serialised value. Authorisation is the same as the report pages'.
const reportSchema = z.enum(["officials", ...SMALL_CSV_REPORTS]);

export async function GET(request: NextRequest, { params }: { params: Promise<{ report: string }> }) {
  const user = await requirePermission("org:reports:read");
  const parsed = reportSchema.safeParse((await params).report);
  if (!parsed.success) notFound();
  const searchParams = Object.fromEntries(request.nextUrl.searchParams);
  const scope = await resolveReportScope(user, parseReportFilters(searchParams));
  const fileName = csvFileName(parsed.data, scope.title);
  const headers = {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${fileName}"`,
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  };
  if (parsed.data === "officials") return new Response(streamOfficialsCsv(scope), { headers });
  const position = z.uuid().safeParse(searchParams.position);
  if (parsed.data === "role-fit" && !position.success) notFound();
  const csv = await buildReportCsv(scope, parsed.data, { positionId: position.success ? position.data : undefined });
  return new Response(`\uFEFF${csv}`, { headers });
}
