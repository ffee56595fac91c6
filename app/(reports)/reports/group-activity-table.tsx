import { formatCount } from "@/lib/domain/format-count";
import { formatHours, formatShare } from "@/lib/domain/reports/format-report";
import type { ReportFilters } from "@/lib/domain/reports/report-filters.schema";
import type { GroupActivity } from "@/lib/server/reports/get-activity-report";
import { DataTable, TD_NUMBER, TH, TH_NUMBER } from "@/components/data-table";
import { GroupNameCell } from "@/components/reports/group-name-cell";

/** Registered officials and learning per ministry (or child organisation), each a drill-down link. */
export function GroupActivityTable({ rows, filters, groupLabel }: { rows: GroupActivity[]; filters: ReportFilters; groupLabel: string }) {
  return (
    <DataTable caption={`Learning by ${groupLabel.toLowerCase()}`} minWidth="min-w-[58rem]">
      <thead className="bg-slate-50 text-slate-700">
        <tr>
          <th scope="col" className={`${TH} sticky left-0 z-10 min-w-52 bg-slate-50`}>
            {groupLabel}
          </th>
          <th scope="col" className={TH_NUMBER}>Officials</th>
          <th scope="col" className={TH_NUMBER}>Active this month</th>
          <th scope="col" className={TH_NUMBER}>Enrolments</th>
          <th scope="col" className={TH_NUMBER}>Completions</th>
          <th scope="col" className={TH_NUMBER}>Learning hours</th>
          <th scope="col" className={TH_NUMBER}>Certificates</th>
          <th scope="col" className={TH_NUMBER}>4 h this week</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200">
        {rows.map((row) => (
          <tr key={row.group.id}>
            <GroupNameCell group={row.group} isOwnOfficials={row.isOwnOfficials} filters={filters} />
            <td className={TD_NUMBER}>{formatCount(row.officials)}</td>
            <td className={TD_NUMBER}>
              {formatCount(row.thisMonth.activeLearners)} <span className="text-xs text-slate-600">({formatShare(row.officials ? row.thisMonth.activeLearners / row.officials : 0)})</span>
            </td>
            <td className={TD_NUMBER}>{formatCount(row.allTime.enrolments)}</td>
            <td className={TD_NUMBER}>
              {formatCount(row.allTime.completions)}{" "}
              <span className="text-xs text-slate-600">({formatShare(row.allTime.enrolments ? row.allTime.completions / row.allTime.enrolments : 0)})</span>
            </td>
            <td className={TD_NUMBER}>{formatHours(row.allTime.learningSeconds)}</td>
            <td className={TD_NUMBER}>{formatCount(row.allTime.certificates)}</td>
            <td className={TD_NUMBER}>{formatCount(row.thisWeek.reachedTarget)}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
