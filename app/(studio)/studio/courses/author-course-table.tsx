import Link from "next/link";
import { formatDateTime } from "@/lib/domain/format-date";
import type { AuthorCourseRow } from "@/lib/server/studio/revisions/list-author-courses";
import { CourseStatusBadge } from "./course-status-badge";
import { coursePreviewHref, studioCourseHref } from "./course-hrefs";
import { TEXT_LINK } from "@/components/ui-classes";

export function AuthorCourseTable({ courses, showProvider }: { courses: AuthorCourseRow[]; showProvider: boolean }) {
  return (
    // Wide tables scroll inside their own box so the page never scrolls sideways on a phone.
    <div className="overflow-x-auto rounded-md border border-slate-200" tabIndex={0} role="region" aria-label="Your courses">
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">Your courses, most recently changed first</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">Course</th>
            {showProvider ? <th scope="col" className="px-3 py-2 font-semibold">Provider</th> : null}
            <th scope="col" className="px-3 py-2 font-semibold">Latest version</th>
            <th scope="col" className="px-3 py-2 font-semibold">Live</th>
            <th scope="col" className="px-3 py-2 font-semibold">Last saved</th>
            <th scope="col" className="px-3 py-2 font-semibold">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {courses.map((course) => (
            <tr key={course.id}>
              <th scope="row" className="px-3 py-2 font-medium">
                <Link href={studioCourseHref(course.id)} className="text-navy-800 underline-offset-2 hover:underline">
                  {course.title || "Untitled course"}
                </Link>
              </th>
              {showProvider ? <td className="px-3 py-2 text-slate-700">{course.providerName}</td> : null}
              <td className="px-3 py-2">
                {course.latest ? (
                  <span className="inline-flex flex-wrap items-center gap-1.5">
                    <span className="text-slate-700">Version {course.latest.number}</span>
                    <CourseStatusBadge status={course.latest.status} />
                  </span>
                ) : (
                  <span className="text-slate-600">Written before the studio</span>
                )}
              </td>
              <td className="px-3 py-2">
                {course.liveVersion !== null ? (
                  <span className="inline-flex items-center gap-1.5">
                    <span className="text-slate-700">Version {course.liveVersion}</span>
                    <CourseStatusBadge status="PUBLISHED" />
                  </span>
                ) : course.courseStatus === "ARCHIVED" ? (
                  <CourseStatusBadge status="ARCHIVED" />
                ) : (
                  <span className="text-slate-600">Not published</span>
                )}
              </td>
              <td className="px-3 py-2 whitespace-nowrap text-slate-700">
                <time dateTime={course.updatedAt.toISOString()}>{formatDateTime(course.updatedAt)}</time>
              </td>
              <td className="px-3 py-2 whitespace-nowrap">
                <Link href={studioCourseHref(course.id)} className={TEXT_LINK}>
                  Edit<span className="sr-only"> {course.title}</span>
                </Link>
                {" · "}
                <Link href={coursePreviewHref(course.id)} className={TEXT_LINK}>
                  Preview<span className="sr-only"> {course.title}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
