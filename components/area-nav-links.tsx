"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { isInArea } from "@/lib/domain/areas";

export type NavItem = { href: string; label: string };

type AreaNavLinksProps = {
  items: readonly NavItem[];
  layout: "row" | "stack";
};

const BASE = "flex min-h-11 items-center rounded-md px-3 text-sm font-medium whitespace-nowrap";
const CURRENT = "bg-navy-800 text-white";
const IDLE = "text-navy-800 hover:bg-navy-50";

/** The area links, with the current area marked for screen readers as well as visually. */
export function AreaNavLinks({ items, layout }: AreaNavLinksProps) {
  const pathname = usePathname() ?? "";
  return (
    <ul className={layout === "row" ? "flex items-center gap-1" : "flex flex-col gap-1"}>
      {items.map((item) => {
        const isCurrent = isInArea(pathname, item.href);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={isCurrent ? "page" : undefined}
              className={`${BASE} ${isCurrent ? CURRENT : IDLE}`}
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
