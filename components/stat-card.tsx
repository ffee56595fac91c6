import type { ReactNode } from "react";
import { formatCount } from "@/lib/domain/format-count";

type StatCardProps = {
  label: string;
  value: number;
  hint?: ReactNode;
  icon?: ReactNode;
  /** Written right after the figure, e.g. "%". */
  suffix?: string;
  /** Spans both columns of the two-column phone grid, for a card that would otherwise sit alone. */
  isWideOnPhone?: boolean;
};

export function StatCard({ label, value, hint, icon, suffix, isWideOnPhone = false }: StatCardProps) {
  return (
    <div className={`rounded-lg border border-slate-200 bg-white p-4 shadow-sm ${isWideOnPhone ? "col-span-2 sm:col-span-1" : ""}`}>
      <dt className="flex items-center gap-2 text-sm font-medium text-slate-600">
        {icon ? <span aria-hidden="true" className="text-navy-600">{icon}</span> : null}
        {label}
      </dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums text-navy-900">{formatCount(value)}{suffix}</dd>
      {hint ? <dd className="mt-1 text-xs text-slate-600">{hint}</dd> : null}
    </div>
  );
}

// Full class names, so Tailwind's scanner sees them; chosen so no row ends with a lone card.
const COLUMNS = {
  3: "sm:grid-cols-3",
  4: "sm:grid-cols-4",
  5: "sm:grid-cols-3 lg:grid-cols-5",
} as const;

/** A definition list of StatCards: screen readers hear each figure with its label. */
export function StatGrid({ children, label, columns = 4 }: { children: ReactNode; label: string; columns?: keyof typeof COLUMNS }) {
  return (
    <dl aria-label={label} className={`grid grid-cols-2 gap-3 ${COLUMNS[columns]}`}>
      {children}
    </dl>
  );
}
