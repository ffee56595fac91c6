"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { COURSE_TABS, studioCourseHref, type CourseTab } from "../course-hrefs";

const TAB_LABELS: Record<CourseTab, string> = {
  content: "Content",
  questions: "Questions",
  versions: "Versions & review",
  batches: "Batches",
  insights: "Insights",
  preview: "Preview",
};

/**
 * The course's pages as a row of links (a navigation, not an ARIA tab widget: each is its own
 * page). Scrolls sideways inside itself on a narrow phone. Reviewers see only what they may open.
 */
export function CourseTabs({ courseId, tabs = COURSE_TABS }: { courseId: string; tabs?: readonly CourseTab[] }) {
  const pathname = usePathname() ?? "";
  const current = (tab: CourseTab) => {
    const href = studioCourseHref(courseId, tab);
    return tab === "content" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  };
  return (
    <nav aria-label="Course" className="border-b border-slate-200">
      <ul className="flex gap-1 overflow-x-auto">
        {tabs.map((tab) => (
          <li key={tab} className="shrink-0">
            <Link
              href={studioCourseHref(courseId, tab)}
              aria-current={current(tab) ? "page" : undefined}
              className={`flex min-h-11 items-center border-b-2 px-3 text-sm font-semibold whitespace-nowrap ${
                current(tab) ? "border-navy-800 text-navy-900" : "border-transparent text-slate-700 hover:text-navy-800"
              }`}
            >
              {TAB_LABELS[tab]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
