import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/server/auth/session";
import { getCourseHeader } from "@/lib/server/studio/revisions/get-course-header";
import { BackLink } from "@/components/back-link";
import { CourseStatusBadge } from "../course-status-badge";
import { STUDIO_HREF } from "../course-hrefs";
import { CourseTabs } from "./course-tabs";

type CourseLayoutProps = { children: ReactNode; params: Promise<{ courseId: string }> };

// Only the header: every page below authorises for itself, since server actions and direct
// requests never pass through a layout.
export default async function StudioCourseLayout({ children, params }: CourseLayoutProps) {
  const user = await requirePermission("studio:access");
  const { courseId } = await params;
  const course = await getCourseHeader(user, courseId);
  if (!course) notFound();

  return (
    <div className="space-y-5">
      <div className="space-y-3">
        {course.canAuthor ? <BackLink href={STUDIO_HREF}>Your courses</BackLink> : null}
        <header className="space-y-2">
          <p className="text-sm font-semibold tracking-wide text-saffron-700 uppercase">{course.providerName}</p>
          <h1 className="text-2xl font-bold break-words text-navy-900 sm:text-3xl">{course.title || "Untitled course"}</h1>
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
            {course.liveVersion !== null ? (
              <span className="inline-flex items-center gap-1.5">
                Live: version {course.liveVersion} <CourseStatusBadge status="PUBLISHED" />
              </span>
            ) : (
              <span className="inline-flex items-center gap-1.5">
                Not live <CourseStatusBadge status={course.courseStatus} />
              </span>
            )}
            {course.latest && course.latest.status !== "PUBLISHED" ? (
              <span className="inline-flex items-center gap-1.5">
                Working on version {course.latest.number} <CourseStatusBadge status={course.latest.status} />
              </span>
            ) : null}
          </p>
        </header>
      </div>
      <CourseTabs courseId={course.id} tabs={course.canAuthor ? undefined : ["preview"]} />
      {children}
    </div>
  );
}
