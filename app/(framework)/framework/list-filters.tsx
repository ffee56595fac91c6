import type { ReactNode } from "react";
import Link from "next/link";
import { Search } from "lucide-react";

// The lists' filters: a plain GET form, so they work before (or without) JavaScript and every
// search has its own shareable URL.

const CONTROL = "mt-1 block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 text-base text-slate-900 sm:text-sm";

export function ListFilters({ action, label, children, clearHref, isFiltered }: { action: string; label: string; children: ReactNode; clearHref: string; isFiltered: boolean }) {
  return (
    <form role="search" aria-label={label} action={action} method="get" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4 lg:items-end">{children}</div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="submit" className="inline-flex min-h-11 items-center gap-2 rounded-md bg-navy-800 px-4 text-sm font-semibold text-white hover:bg-navy-700">
          <Search aria-hidden="true" className="size-4" /> Search
        </button>
        {isFiltered ? (
          <Link href={clearHref} className="inline-flex min-h-11 items-center text-sm font-semibold text-navy-700 underline underline-offset-2">
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}

export function SearchField({ id, label, defaultValue, placeholder }: { id: string; label: string; defaultValue?: string; placeholder?: string }) {
  return (
    <div className="sm:col-span-2 lg:col-span-1">
      <label htmlFor={id} className="block text-sm font-semibold text-slate-800">
        {label}
      </label>
      <input id={id} type="search" name="q" defaultValue={defaultValue ?? ""} maxLength={100} placeholder={placeholder} className={CONTROL} />
    </div>
  );
}

export function SelectFilter({
  id,
  name,
  label,
  value,
  options,
  emptyLabel,
}: {
  id: string;
  name: string;
  label: string;
  value?: string;
  options: readonly { value: string; label: string }[];
  /** The choice that leaves the filter off; omitted when one value must be chosen. */
  emptyLabel?: string;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold text-slate-800">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={CONTROL}>
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
