import type { MinistryRow } from "@/lib/server/analytics/get-ministry-breakdown";
import { formatCount, percentOf } from "@/lib/domain/format-count";

export function MinistryTable({ ministries }: { ministries: MinistryRow[] }) {
  return (
    // Scrolls inside its own box so the page never scrolls sideways on a phone.
    <div className="overflow-x-auto rounded-md border border-slate-200" tabIndex={0} role="region" aria-label="Ministries table">
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">Officials, enrolments and completions by ministry, largest first</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">Ministry</th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">Officials</th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">Enrolments</th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">Completions</th>
            <th scope="col" className="px-3 py-2 font-semibold">Completion rate</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {ministries.map((ministry) => {
            const rate = percentOf(ministry.completions, ministry.enrolments);
            return (
              <tr key={ministry.id}>
                <th scope="row" className="px-3 py-2 text-left font-medium text-navy-900">{ministry.name}</th>
                <td className="px-3 py-2 text-right tabular-nums">{formatCount(ministry.officials)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{formatCount(ministry.enrolments)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{formatCount(ministry.completions)}</td>
                <td className="px-3 py-2">
                  <div className="flex items-center gap-2">
                    {/* Decorative: the percentage beside it carries the value. */}
                    <div aria-hidden="true" className="h-2 w-20 overflow-hidden rounded-full bg-slate-200">
                      <div className="h-full rounded-full bg-india-green-600" style={{ width: `${rate}%` }} />
                    </div>
                    <span className="tabular-nums">{rate}%</span>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
