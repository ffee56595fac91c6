"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { FRAMEWORK_HREF, FRAMEWORK_SECTIONS } from "@/lib/domain/framework/framework-routes";

function isCurrent(pathname: string, href: string): boolean {
  // The overview is a prefix of every framework path: it is current only on itself.
  if (href === FRAMEWORK_HREF) return pathname === href;
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** The framework's sections; scrolls sideways inside itself on a narrow phone. */
export function FrameworkNav({ canManage }: { canManage: boolean }) {
  const pathname = usePathname() ?? "";
  const sections = FRAMEWORK_SECTIONS.filter((section) => canManage || !section.needsManage);
  return (
    <nav aria-label="Competency framework" className="border-b border-slate-200 bg-white print:hidden">
      <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-4">
        {sections.map((section) => {
          const current = isCurrent(pathname, section.href);
          return (
            <li key={section.href} className="shrink-0">
              <Link
                href={section.href}
                aria-current={current ? "page" : undefined}
                className={`flex min-h-11 items-center border-b-2 px-3 text-sm font-medium whitespace-nowrap ${
                  current ? "border-navy-800 text-navy-900" : "border-transparent text-slate-700 hover:text-navy-800"
                }`}
              >
                {section.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
