import Link from "next/link";
import { reportHref, type ReportFilters } from "@/lib/domain/reports/report-filters.schema";

export type ReportSection = "dashboard" | "gaps" | "courses" | "role-fit";

const SECTIONS: { key: ReportSection; path: string; label: string }[] = [
  { key: "dashboard", path: "/reports", label: "Dashboard" },
  { key: "gaps", path: "/reports/gaps", label: "Competency gaps" },
  { key: "courses", path: "/reports/courses", label: "Courses" },
  { key: "role-fit", path: "/reports/role-fit", label: "Role fit" },
];

/** The report sections; each link keeps the scope and filters in view. */
export function ReportNav({ current, filters }: { current: ReportSection; filters: ReportFilters }) {
  return (
    <nav aria-label="Report sections" className="-mx-4 overflow-x-auto px-4 print:hidden">
      <ul className="flex min-w-max gap-1 border-b border-slate-200">
        {SECTIONS.map((section) => (
          <li key={section.key}>
            <Link
              href={reportHref(section.path, filters)}
              aria-current={section.key === current ? "page" : undefined}
              className={`inline-flex min-h-11 items-center border-b-2 px-3 text-sm font-semibold ${
                section.key === current ? "border-saffron-500 text-navy-900" : "border-transparent text-slate-700 hover:text-navy-800"
              }`}
            >
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
