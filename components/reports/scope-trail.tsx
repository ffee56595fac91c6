import Link from "next/link";
import { ChevronRight } from "lucide-react";
import { reportHref, type ReportFilters } from "@/lib/domain/reports/report-filters.schema";
import type { ReportScope } from "@/lib/server/reports/report-scope";

/**
 * Where the report stands in the organisation tree: Government → ministry → department → here.
 * Each step drills back up; an MDO admin's trail starts at their own organisation.
 */
export function ScopeTrail({ scope, basePath, canSeeGovernment }: { scope: ReportScope; basePath: string; canSeeGovernment: boolean }) {
  if (!scope.focus) return null;
  const { organisationId: _organisation, ...peopleFilters } = scope.filters;
  const steps: { href: string; label: string }[] = [];
  if (canSeeGovernment) steps.push({ href: reportHref(basePath, peopleFilters as ReportFilters), label: "Government of India" });
  for (const organisation of scope.trail) steps.push({ href: reportHref(basePath, { ...peopleFilters, organisationId: organisation.id }), label: organisation.name });
  if (steps.length === 0) return null;
  return (
    <nav aria-label="Scope" className="text-sm print:hidden">
      <ol className="flex flex-wrap items-center gap-1 text-slate-700">
        {steps.map((step) => (
          <li key={step.href} className="flex items-center gap-1">
            <Link href={step.href} className="inline-flex min-h-11 items-center font-medium text-navy-700 underline underline-offset-2 sm:min-h-0">
              {step.label}
            </Link>
            <ChevronRight aria-hidden="true" className="size-4 text-slate-500" />
          </li>
        ))}
        <li aria-current="location" className="font-semibold text-navy-900">
          {scope.focus.name}
        </li>
      </ol>
    </nav>
  );
}
