import { Download } from "lucide-react";
import { reportHref, type ReportFilters } from "@/lib/domain/reports/report-filters.schema";

export type ExportReport = "official" | "officials" | "gaps" | "matrix" | "activity" | "groups" | "courses" | "course-funnel" | "content-needed" | "role-fit";

/** A CSV download of a report for the same scope and filters (a route handler streams it). */
export function ExportLink({ report, filters, extra, children = "Download CSV" }: { report: ExportReport; filters: ReportFilters; extra?: Record<string, string | undefined>; children?: string }) {
  return (
    <a
      href={reportHref(`/reports/export/${report}`, filters, extra)}
      className="inline-flex min-h-11 items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 text-sm font-semibold text-navy-800 hover:bg-navy-50 print:hidden"
      download
    >
      <Download aria-hidden="true" className="size-4" />
      {children}
    </a>
  );
}
