import { formatLevels, formatShare, gapHeat } from "@/lib/domain/reports/format-report";
import type { ReportFilters } from "@/lib/domain/reports/report-filters.schema";
import type { GapMatrix } from "@/lib/server/reports/get-gap-report";
import { DataTable } from "@/components/data-table";
import { GroupNameCell } from "./group-name-cell";


/**
 * Groups × competencies by mean gap. It is a real table: every cell reads as its numbers (mean
 * gap and share meeting), and the colour only repeats what the number says.
 */
export function GapHeatmap({ matrix, filters, groupLabel }: { matrix: GapMatrix; filters: ReportFilters; groupLabel: string }) {
  if (matrix.rows.length === 0 || matrix.competencies.length === 0) {
    return <p className="text-sm text-slate-700">No gaps to show for this scope.</p>;
  }
  return (
    <div className="space-y-2">
      <DataTable caption={`Mean competency gap by ${groupLabel.toLowerCase()} (levels missing per official who needs the competency)`} minWidth="min-w-[48rem]">
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="sticky left-0 z-10 min-w-48 bg-slate-50 px-3 py-2 text-left font-semibold">
              {groupLabel}
            </th>
            <th scope="col" className="px-2 py-2 text-right font-semibold">
              Ready
            </th>
            {matrix.competencies.map((competency) => (
              <th key={competency.id} scope="col" className="min-w-24 px-2 py-2 text-center text-xs font-semibold">
                {competency.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {matrix.rows.map((row) => (
            <tr key={row.group.id}>
              <GroupNameCell group={row.group} isOwnOfficials={row.isOwnOfficials} filters={filters} />
              <td className="px-2 py-2 text-right tabular-nums">{formatShare(row.readiness.gapWeighted)}</td>
              {row.cells.map((cell, index) =>
                // Lean markup on purpose: a government-wide matrix has about a thousand cells, and
                // the row and column headers already tell a screen reader what each number is.
                cell ? (
                  <td key={matrix.competencies[index]!.id} className={`heat heat-${gapHeat(cell.meanGap)}`}>
                    {formatLevels(cell.meanGap)}
                  </td>
                ) : (
                  <td key={matrix.competencies[index]!.id} className="heat text-slate-500">
                    <span aria-hidden="true">—</span>
                    <span className="sr-only">not required</span>
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </DataTable>
      <p className="flex flex-wrap items-center gap-2 text-xs text-slate-700" aria-hidden="true">
        Mean gap:
        {["0", "< 0.5", "0.5–1", "1–2", "2 +"].map((label, index) => (
          <span key={label} className={`rounded px-1.5 py-0.5 heat-${index}`}>
            {label}
          </span>
        ))}
        <span>· “Ready” is the share of required levels held. How many need and meet each competency: the table above and the CSV.</span>
      </p>
    </div>
  );
}
