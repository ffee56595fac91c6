import type { StudioStatusGroup } from "@/lib/server/studio/get-provider-courses-by-status";
import { formatCount } from "@/lib/domain/format-count";
import { formatDate, isoDate } from "@/lib/domain/format-date";

type CourseStatusTableProps = {
  group: StudioStatusGroup;
  label: string;
  showProvider: boolean;
};

export function CourseStatusTable({ group, label, showProvider }: CourseStatusTableProps) {
  const hidden = group.total - group.courses.length;
  return (
    <>
      {/* Wide tables scroll inside their own box so the page never scrolls sideways on a phone. */}
      <div className="overflow-x-auto rounded-md border border-slate-200" tabIndex={0} role="region" aria-label={`${label} courses table`}>
        <table className="w-full min-w-[36rem] text-left text-sm">
          <caption className="sr-only">
            {label} courses{hidden > 0 ? `, ${group.courses.length} most recently updated of ${group.total}` : ""}
          </caption>
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">Course</th>
              {showProvider ? <th scope="col" className="px-3 py-2 font-semibold">Provider</th> : null}
              <th scope="col" className="px-3 py-2 font-semibold">Last updated</th>
              <th scope="col" className="px-3 py-2 text-right font-semibold">Enrolments</th>
              <th scope="col" className="px-3 py-2 text-right font-semibold">Completions</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {group.courses.map((course) => (
              <tr key={course.id}>
                <th scope="row" className="px-3 py-2 font-medium text-navy-900">{course.title}</th>
                {showProvider ? <td className="px-3 py-2 text-slate-700">{course.providerName}</td> : null}
                <td className="px-3 py-2 whitespace-nowrap text-slate-700">
                  <time dateTime={isoDate(course.updatedAt)}>{formatDate(course.updatedAt)}</time>
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{formatCount(course.enrolments)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{formatCount(course.completions)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {hidden > 0 ? (
        <p className="mt-2 text-sm text-slate-600">
          Showing the {formatCount(group.courses.length)} most recently updated of {formatCount(group.total)}.
        </p>
      ) : null}
    </>
  );
}
