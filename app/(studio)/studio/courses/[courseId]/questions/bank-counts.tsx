import { DataTable, TD, TD_NUMBER, TH, TH_NUMBER } from "@/components/data-table";
import type { BankCountRow } from "@/lib/server/studio/questions/list-question-bank";

const LEVELS = [1, 2, 3, 4, 5] as const;

/** Live questions per competency and level: what a random draw narrowed to one of them can draw from. */
export function BankCounts({ rows }: { rows: readonly BankCountRow[] }) {
  return (
    <DataTable caption="Live questions by competency and level" minWidth="min-w-[36rem]">
      <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
        <tr>
          <th scope="col" className={TH}>
            Competency
          </th>
          {LEVELS.map((level) => (
            <th key={level} scope="col" className={TH_NUMBER}>
              Level {level}
            </th>
          ))}
          <th scope="col" className={TH_NUMBER}>
            No level
          </th>
          <th scope="col" className={TH_NUMBER}>
            All
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.competencyId ?? "none"}>
            <th scope="row" className={`${TD} font-semibold text-navy-900`}>
              {row.name}
            </th>
            {LEVELS.map((level) => (
              <td key={level} className={TD_NUMBER}>
                {row.byLevel[level]}
              </td>
            ))}
            <td className={TD_NUMBER}>{row.byLevel.none}</td>
            <td className={`${TD_NUMBER} font-semibold`}>{row.total}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
