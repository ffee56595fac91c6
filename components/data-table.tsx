import type { ReactNode } from "react";

type DataTableProps = {
  /** Read by screen readers as the table's name; also names the scrolling region. */
  caption: string;
  /** A Tailwind min-width class: wide tables scroll inside their own box on a phone. */
  minWidth?: string;
  children: ReactNode;
};

/**
 * The shell every report table shares: it scrolls sideways inside its own focusable region
 * (the page itself never does), with a visible hint on narrow screens.
 */
export function DataTable({ caption, minWidth = "min-w-[40rem]", children }: DataTableProps) {
  return (
    <div>
      <div className="relative overflow-x-auto rounded-md border border-slate-200 bg-white" tabIndex={0} role="region" aria-label={caption}>
        <table className={`w-full ${minWidth} text-left text-sm`}>
          <caption className="sr-only">{caption}</caption>
          {children}
        </table>
      </div>
      <p className="mt-1 text-xs text-slate-600 sm:hidden" aria-hidden="true">
        Swipe the table sideways to see every column.
      </p>
    </div>
  );
}

export const TH = "px-3 py-2 font-semibold whitespace-nowrap";
export const TH_NUMBER = "px-3 py-2 text-right font-semibold whitespace-nowrap";
export const TD = "px-3 py-2 text-slate-700";
export const TD_NUMBER = "px-3 py-2 text-right tabular-nums text-slate-800";
