import type { ReactNode } from "react";
import Link from "next/link";
import { ArrowLeft } from "lucide-react";

/** "← Where you came from" above a page heading; a full 44 px target for touch. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="inline-flex min-h-11 items-center gap-1 text-sm font-semibold text-navy-700 underline-offset-2 hover:underline">
      <ArrowLeft aria-hidden="true" className="size-4 shrink-0" /> {children}
    </Link>
  );
}
