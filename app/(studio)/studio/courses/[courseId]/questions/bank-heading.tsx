import type { ReactNode } from "react";

/**
 * The heading of a page of the Questions tab. The course layout above holds the page's h1 (the
 * course title) and its tabs, so each page of the tab is titled at the next level.
 */
export function BankHeading({ title, description, actions }: { title: string; description?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
      <div className="min-w-0">
        <h2 className="text-xl font-bold text-navy-900 sm:text-2xl">{title}</h2>
        {description ? <div className="mt-1 max-w-3xl text-slate-700">{description}</div> : null}
      </div>
      {actions ? <div className="shrink-0">{actions}</div> : null}
    </div>
  );
}
