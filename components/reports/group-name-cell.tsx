import Link from "next/link";
import { reportHref, type ReportFilters } from "@/lib/domain/reports/report-filters.schema";
import type { ScopeOrganisation } from "@/lib/server/reports/report-scope";

/**
 * The row header of a breakdown table: a ministry or child organisation links to its own
 * reports (the drill-down); the focus organisation's own staff is plain text.
 */
export function GroupNameCell({ group, isOwnOfficials, filters }: { group: ScopeOrganisation; isOwnOfficials: boolean; filters: ReportFilters }) {
  return (
    <th scope="row" className="sticky left-0 z-10 bg-white px-3 py-2 text-left font-normal">
      {isOwnOfficials ? (
        <span className="font-medium text-navy-900">{group.name} (own staff)</span>
      ) : (
        <Link href={reportHref("/reports", { ...filters, organisationId: group.id })} className="font-medium text-navy-700 underline underline-offset-2">
          {group.name}
        </Link>
      )}
    </th>
  );
}
