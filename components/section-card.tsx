import type { ReactNode } from "react";

type SectionCardProps = {
  title: string;
  /** Used for aria-labelledby so each section is a named region landmark. */
  id: string;
  description?: ReactNode;
  children: ReactNode;
};

export function SectionCard({ title, id, description, children }: SectionCardProps) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <div className="border-b border-slate-200 px-4 py-3 sm:px-5">
        <h2 id={id} className="text-lg font-semibold text-navy-900">
          {title}
        </h2>
        {description ? <p className="mt-0.5 text-sm text-slate-600">{description}</p> : null}
      </div>
      <div className="p-3 sm:p-5">{children}</div>
    </section>
  );
}
