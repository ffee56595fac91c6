import type { ReactNode } from "react";

type EmptyStateProps = {
  title: string;
  children: ReactNode;
  action?: ReactNode;
  icon?: ReactNode;
};

export function EmptyState({ title, children, action, icon }: EmptyStateProps) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center">
      {icon ? <div aria-hidden="true" className="mx-auto mb-3 flex justify-center text-navy-600">{icon}</div> : null}
      <h2 className="text-lg font-semibold text-navy-900">{title}</h2>
      <div className="mx-auto mt-2 max-w-prose text-slate-700">{children}</div>
      {action ? <div className="mt-5 flex justify-center">{action}</div> : null}
    </div>
  );
}
