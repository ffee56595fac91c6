import Link from "next/link";
import { formatShare } from "@/lib/domain/reports/format-report";
import type { ScopeOfficialRow } from "@/lib/server/reports/list-scope-officials";
import { DataTable, TD, TD_NUMBER, TH, TH_NUMBER } from "@/components/data-table";
import { StatusBadge } from "@/components/status-badge";

/** Officials of the scope with their readiness for the post they hold; each opens their gap report. */
export function ScopeOfficialsTable({ rows, caption }: { rows: ScopeOfficialRow[]; caption: string }) {
  return (
    <DataTable caption={caption} minWidth="min-w-[52rem]">
      <thead className="bg-slate-50 text-slate-700">
        <tr>
          <th scope="col" className={`${TH} sticky left-0 z-10 min-w-48 bg-slate-50`}>
            Official
          </th>
          <th scope="col" className={TH}>Post</th>
          <th scope="col" className={TH}>Organisation</th>
          <th scope="col" className={TH_NUMBER}>Requirements met</th>
          <th scope="col" className={TH_NUMBER}>Ready</th>
          <th scope="col" className={TH}>Largest gap</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200">
        {rows.map((row) => {
          const largest = [...row.statuses].sort((a, b) => b.gap - a.gap)[0];
          return (
            <tr key={row.id}>
              <th scope="row" className="sticky left-0 z-10 bg-white px-3 py-2 text-left font-normal">
                <Link href={`/reports/officials/${row.id}`} className="font-medium text-navy-700 underline underline-offset-2">
                  {row.name}
                </Link>
                <span className="block text-xs text-slate-600">{row.designation ?? "—"}</span>
              </th>
              <td className={TD}>{row.positionTitle ?? "No FRAC post"}</td>
              <td className={TD}>{row.organisationName}</td>
              <td className={TD_NUMBER}>
                {row.readiness.met} of {row.readiness.requirements}
              </td>
              <td className={TD_NUMBER}>{row.readiness.requirements > 0 ? formatShare(row.readiness.gapWeighted) : "—"}</td>
              <td className={TD}>
                {largest && largest.gap > 0 ? (
                  <StatusBadge tone={largest.gap >= 2 ? "red" : "amber"}>{largest.gap} level{largest.gap === 1 ? "" : "s"} short</StatusBadge>
                ) : row.readiness.requirements > 0 ? (
                  <StatusBadge tone="green">Meets the post</StatusBadge>
                ) : (
                  "—"
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}
