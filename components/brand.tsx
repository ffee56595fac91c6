import type { ReactNode } from "react";

/** The saffron–white–green rule that tops every page header. */
export function TricolourStripe() {
  return (
    <div aria-hidden="true" className="flex h-1">
      <span className="flex-1 bg-saffron-400" />
      <span className="flex-1 bg-white" />
      <span className="flex-1 bg-india-green-600" />
    </div>
  );
}

/** Icon tile, product name and a subtitle; the caller decides whether it is a link. */
export function BrandMark({ icon, subtitle }: { icon: ReactNode; subtitle: string }) {
  return (
    <>
      <span className="flex size-9 shrink-0 items-center justify-center rounded-md bg-navy-800 text-white">{icon}</span>
      <span className="min-w-0">
        <span className="block text-lg leading-tight font-bold">Kaushal</span>
        <span className="block truncate text-xs text-slate-600">{subtitle}</span>
      </span>
    </>
  );
}
