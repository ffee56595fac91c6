import { AlertTriangle } from "lucide-react";
import type { ImportRowOutcome, QuestionImportReport } from "@/lib/server/studio/questions/import-question-csv";
import { DataTable, TD, TH } from "@/components/data-table";
import { StatusBadge, type BadgeTone } from "@/components/status-badge";

const OUTCOMES: Record<ImportRowOutcome, { label: string; tone: BadgeTone }> = {
  CREATE: { label: "Would add", tone: "green" },
  UPDATE: { label: "Would edit", tone: "navy" },
  REPLACE: { label: "Would replace", tone: "amber" },
  UNCHANGED: { label: "Unchanged", tone: "neutral" },
  INVALID: { label: "Invalid", tone: "red" },
};

export function ImportReport({ report }: { report: QuestionImportReport }) {
  const { counts } = report;
  return (
    <div className="space-y-3">
      {report.fileErrors.length > 0 ? (
        <ul className="space-y-1 rounded-md bg-red-50 p-3 text-sm font-semibold text-red-800 ring-1 ring-red-200 ring-inset">
          {report.fileErrors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-800">
          {counts.CREATE} to add, {counts.UPDATE} to edit in place, {counts.REPLACE} to replace (learners were asked them), {counts.UNCHANGED} unchanged,{" "}
          <strong className={counts.INVALID > 0 ? "text-red-800" : undefined}>{counts.INVALID} invalid</strong>.{" "}
          {report.isValid ? "Nothing has been written yet." : "Nothing is imported while any row is invalid: fix the rows below and run the dry run again."}
        </p>
      )}
      {report.unknownColumns.length > 0 ? (
        <p className="flex items-start gap-2 rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200 ring-inset">
          <AlertTriangle aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          <span>
            Unknown {report.unknownColumns.length === 1 ? "column" : "columns"} {report.unknownColumns.map((column) => `“${column}”`).join(", ")}: not imported.
          </span>
        </p>
      ) : null}
      {report.rows.length > 0 ? (
        <DataTable caption="What each row of the file would do" minWidth="min-w-[18rem]">
          <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className={TH}>
                Row
              </th>
              <th scope="col" className={TH}>
                Outcome
              </th>
              <th scope="col" className={TH}>
                Question and problems
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {report.rows.map((row) => (
              <tr key={row.row} className={row.outcome === "INVALID" ? "bg-red-50/50" : undefined}>
                <th scope="row" className={`${TD} tabular-nums`}>
                  {row.row}
                </th>
                <td className={TD}>
                  <StatusBadge tone={OUTCOMES[row.outcome].tone}>{OUTCOMES[row.outcome].label}</StatusBadge>
                </td>
                <td className={`${TD} break-words`}>
                  {row.prompt || <span className="text-slate-600">(no question text)</span>}
                  {row.errors.length > 0 ? (
                    <ul className="mt-1 space-y-1">
                      {row.errors.map((error) => (
                        <li key={`${error.column}:${error.message}`} className="text-red-800">
                          <span className="font-semibold">{error.column}</span>: {error.message}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
    </div>
  );
}
