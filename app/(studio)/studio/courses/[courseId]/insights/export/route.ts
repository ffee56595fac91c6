import { notFound } from "next/navigation";
import { z } from "zod";
import { csvFileName } from "@/lib/domain/reports/csv";
import { requirePermission } from "@/lib/server/auth/session";
import { buildCourseInsightsCsv } from "@/lib/server/studio/insights/build-course-insights-csv";
import { getCourseInsights } from "@/lib/server/studio/insights/get-course-insights";

// A route handler: a download answers with a file, not with a serialised action result.
export async function GET(_request: Request, { params }: { params: Promise<{ courseId: string }> }) {
  const user = await requirePermission("course:author");
  const { courseId } = await params;
  if (!z.uuid().safeParse(courseId).success) notFound();
  const insights = await getCourseInsights(user, courseId);
  if (!insights) notFound();
  return new Response(`\uFEFF${buildCourseInsightsCsv(insights)}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${csvFileName("course-insights", insights.title)}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
