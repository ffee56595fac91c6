"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import {
  CATALOGUE_HREF,
  LEADERBOARD_HREF,
  LEARNER_HOME_HREF,
  LEARNING_RECORD_HREF,
  PASSBOOK_HREF,
  PROFILE_HREF,
  TEAM_HREF,
} from "@/lib/domain/routes";

const SECTIONS = [
  { key: "home", href: LEARNER_HOME_HREF },
  { key: "catalogue", href: CATALOGUE_HREF },
  { key: "passbook", href: PASSBOOK_HREF },
  { key: "leaderboard", href: LEADERBOARD_HREF },
  { key: "record", href: LEARNING_RECORD_HREF },
  { key: "profile", href: PROFILE_HREF },
] as const;

// Only for reporting officers: the layout knows whether anyone reports to the official.
const TEAM_SECTION = { key: "team", href: TEAM_HREF } as const;

function isCurrent(pathname: string, href: string): boolean {
  // The home is a prefix of every learner path: it is current only on itself.
  if (href === LEARNER_HOME_HREF) return pathname === href;
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** The learner's own sections; scrolls sideways inside itself on a narrow phone. */
export function LearnerSectionNav({ hasTeam = false }: { hasTeam?: boolean }) {
  const pathname = usePathname() ?? "";
  const t = useTranslations("learnerNav");
  const sections = hasTeam ? [...SECTIONS, TEAM_SECTION] : SECTIONS;
  return (
    <nav aria-label={t("label")} className="border-b border-slate-200 bg-white print:hidden">
      <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-4">
        {sections.map((section) => {
          const current = isCurrent(pathname, section.href);
          return (
            <li key={section.key} className="shrink-0">
              <Link
                href={section.href}
                aria-current={current ? "page" : undefined}
                className={`flex min-h-11 items-center border-b-2 px-3 text-sm font-medium whitespace-nowrap ${
                  current ? "border-navy-800 text-navy-900" : "border-transparent text-slate-700 hover:text-navy-800"
                }`}
              >
                {t(section.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
