"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { usePathname } from "next/navigation";
import { Menu, X } from "lucide-react";

/**
 * The phone menu is a native <details> disclosure: it opens by keyboard and works before any
 * JavaScript has arrived on a slow link. Script only closes it after navigating and on Escape.
 */
export function MobileMenu({ children, label }: { children: ReactNode; label: string }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);

  return (
    <details
      ref={ref}
      className="group lg:hidden"
      onKeyDown={(event) => {
        if (event.key === "Escape" && ref.current?.open) {
          ref.current.open = false;
          ref.current.querySelector("summary")?.focus();
        }
      }}
    >
      <summary className="flex min-h-11 list-none items-center gap-2 rounded-md border border-slate-300 px-3 text-sm font-semibold text-navy-800 hover:bg-navy-50">
        <Menu aria-hidden="true" className="size-5 group-open:hidden" />
        <X aria-hidden="true" className="hidden size-5 group-open:block" />
        {label}
      </summary>
      <div className="absolute inset-x-0 top-full z-40 border-b border-slate-200 bg-white px-4 pt-2 pb-4 shadow-lg">
        {children}
      </div>
    </details>
  );
}
