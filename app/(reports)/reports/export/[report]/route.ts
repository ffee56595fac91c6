import { notFound } from "next/navigation";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { csvFileName } from "@/lib/domain/reports/csv";
import { parseReportFilters } from "@/lib/domain/reports/report-filters.schema";
import { requirePermission } from "@/lib/server/auth/session";
import { buildOfficialCsv } from "@/lib/server/reports/build-official-csv";
import { buildReportCsv, SMALL_CSV_REPORTS } from "@/lib/server/reports/build-report-csv";
import { resolveReportScope } from "@/lib/server/reports/report-scope";
import { streamOfficialsCsv } from "@/lib/server/reports/stream-officials-csv";

// A route handler rather than a server action: a download has to stream its body, and an
// action answers with one serialised value. Authorisation is the same as the report pages'.
const reportSchema = z.enum(["officials", "official", ...SMALL_CSV_REPORTS]);

function csvHeaders(fileName: string): Record<string, string> {
  return {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${fileName}"`,
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  };
}

export async function GET(request: NextRequest, { params }: { params: Promise<{ report: string }> }) {
  const user = await requirePermission("org:reports:read");
  const parsed = reportSchema.safeParse((await params).report);
  if (!parsed.success) notFound();
  const searchParams = Object.fromEntries(request.nextUrl.searchParams);
  if (parsed.data === "official") {
    const { csv, name } = await buildOfficialCsv(user, searchParams.official ?? "");
    return new Response(`\uFEFF${csv}`, { headers: csvHeaders(csvFileName("passbook", name)) });
  }
  const scope = await resolveReportScope(user, parseReportFilters(searchParams));
  const headers = csvHeaders(csvFileName(parsed.data, scope.title));
  if (parsed.data === "officials") return new Response(streamOfficialsCsv(scope), { headers });
  const position = z.uuid().safeParse(searchParams.position);
  const course = z.uuid().safeParse(searchParams.course);
  if ((parsed.data === "role-fit" && !position.success) || (parsed.data === "course-funnel" && !course.success)) notFound();
  const csv = await buildReportCsv(scope, parsed.data, { positionId: position.data, courseId: course.data });
  return new Response(`\uFEFF${csv}`, { headers });
}
