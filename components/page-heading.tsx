import type { ReactNode } from "react";

type PageHeadingProps = {
  title: string;
  eyebrow?: string;
  description?: ReactNode;
  actions?: ReactNode;
};

/** The page's single h1, with an optional context line above and description below. */
export function PageHeading({ title, eyebrow, description, actions }: PageHeadingProps) {
  return (
    <div className="flex flex-col gap-3 border-b border-slate-200 pb-5 sm:flex-row sm:items-end sm:justify-between">
      <div className="min-w-0">
        {eyebrow ? <p className="text-sm font-semibold tracking-wide text-saffron-700 uppercase">{eyebrow}</p> : null}
        <h1 className="mt-1 text-2xl font-bold text-navy-900 sm:text-3xl">{title}</h1>
        {description ? <div className="mt-2 max-w-3xl text-slate-700">{description}</div> : null}
      </div>
      {actions ? <div className="shrink-0">{actions}</div> : null}
    </div>
  );
}
