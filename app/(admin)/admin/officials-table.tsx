import type { OrganisationOfficial } from "@/lib/server/admin/list-organisation-officials";
import { formatCount } from "@/lib/domain/format-count";
import { StatusBadge } from "@/components/status-badge";

type OfficialsTableProps = { officials: OrganisationOfficial[]; caption: string };

export function OfficialsTable({ officials, caption }: OfficialsTableProps) {
  return (
    // Scrolls inside its own box so the page never scrolls sideways on a phone.
    <div className="overflow-x-auto rounded-md border border-slate-200" tabIndex={0} role="region" aria-label="Officials table">
      <table className="w-full min-w-[50rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="min-w-52 px-3 py-2 font-semibold">Official</th>
            <th scope="col" className="min-w-36 px-3 py-2 font-semibold">Designation</th>
            <th scope="col" className="min-w-48 px-3 py-2 font-semibold">Organisation</th>
            <th scope="col" className="px-3 py-2 font-semibold">Status</th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">Enrolled</th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">Completed</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {officials.map((official) => (
            <tr key={official.id}>
              <th scope="row" className="px-3 py-2 text-left font-normal">
                <span className="block font-medium text-navy-900">{official.name}</span>
                <span className="block text-xs break-all text-slate-600">{official.email}</span>
              </th>
              <td className="px-3 py-2 text-slate-700">{official.designation ?? "—"}</td>
              <td className="px-3 py-2 text-slate-700">{official.organisationName}</td>
              <td className="px-3 py-2">
                {official.status === "ACTIVE" ? (
                  <StatusBadge tone="green">Active</StatusBadge>
                ) : (
                  <StatusBadge tone="red">Suspended</StatusBadge>
                )}
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{formatCount(official.enrolled)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatCount(official.completed)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
