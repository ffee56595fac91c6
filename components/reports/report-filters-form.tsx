import Link from "next/link";
import { reportHref, type ReportFilters } from "@/lib/domain/reports/report-filters.schema";

type RoleOption = { id: string; name: string };

/**
 * Filters as a plain GET form: they land in the URL, work without JavaScript, and can be shared.
 * The organisation in focus rides along as a hidden field.
 */
export function ReportFiltersForm({ action, filters, roles, extra = {} }: { action: string; filters: ReportFilters; roles: RoleOption[]; extra?: Record<string, string> }) {
  const isFiltered = !!(filters.roleId || filters.designation || filters.serviceGroup);
  return (
    <form method="get" action={action} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm sm:grid-cols-[2fr_2fr_1fr_auto] sm:items-end print:hidden">
      {filters.organisationId ? <input type="hidden" name="organisation" value={filters.organisationId} /> : null}
      {Object.entries(extra).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div>
        <label htmlFor="filter-role" className="block text-sm font-medium text-slate-800">
          FRAC role
        </label>
        <select id="filter-role" name="role" defaultValue={filters.roleId ?? ""} className="mt-1 block min-h-11 w-full rounded-md border border-slate-300 bg-white px-2 text-sm">
          <option value="">Every role</option>
          {roles.map((role) => (
            <option key={role.id} value={role.id}>
              {role.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-designation" className="block text-sm font-medium text-slate-800">
          Designation
        </label>
        <input
          id="filter-designation"
          name="designation"
          defaultValue={filters.designation ?? ""}
          placeholder="e.g. Section Officer"
          maxLength={120}
          className="mt-1 block min-h-11 w-full rounded-md border border-slate-300 px-2 text-sm"
        />
      </div>
      <div>
        <label htmlFor="filter-group" className="block text-sm font-medium text-slate-800">
          Service group
        </label>
        <select id="filter-group" name="group" defaultValue={filters.serviceGroup ?? ""} className="mt-1 block min-h-11 w-full rounded-md border border-slate-300 bg-white px-2 text-sm">
          <option value="">Every group</option>
          {(["A", "B", "C", "D"] as const).map((group) => (
            <option key={group} value={group}>
              Group {group}
            </option>
          ))}
        </select>
      </div>
      <div className="flex gap-2">
        <button type="submit" className="inline-flex min-h-11 items-center rounded-md bg-navy-800 px-4 text-sm font-semibold text-white hover:bg-navy-700">
          Apply
        </button>
        {isFiltered ? (
          <Link
            href={reportHref(action, { organisationId: filters.organisationId }, extra)}
            className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 text-sm font-semibold text-navy-800 hover:bg-navy-50"
          >
            Clear
          </Link>
        ) : null}
      </div>
    </form>
  );
}
