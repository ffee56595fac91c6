import { requirePermission } from "@/lib/server/auth/session";
import { getCourseLifecycle } from "@/lib/server/studio/versions/get-course-lifecycle";
import { CourseLifecycleButtons } from "./course-lifecycle-buttons";

/**
 * The course as a whole: archive a published course, restore an archived one, or delete one
 * that never had a learner or a published version. Nothing with history is ever deleted.
 */
export async function CourseLifecyclePanel({ courseId }: { courseId: string }) {
  const user = await requirePermission("course:author");
  const lifecycle = await getCourseLifecycle(user, courseId);
  if (!lifecycle.canArchive && !lifecycle.canRestore && !lifecycle.canDelete) return null;

  return (
    <section aria-labelledby="course-lifecycle-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h3 id="course-lifecycle-heading" className="text-base font-semibold text-navy-900">
        The course in the catalogue
      </h3>
      <p className="mt-1 mb-3 text-sm text-slate-700">
        {lifecycle.canRestore
          ? "This course is archived: it is not in the catalogue, and officials who enrolled before can still finish it."
          : lifecycle.canArchive
            ? `Archiving takes the course out of the catalogue. ${lifecycle.enrolments > 0 ? `The ${lifecycle.enrolments} ${lifecycle.enrolments === 1 ? "official" : "officials"} enrolled keep their access and progress.` : "Nobody is enrolled yet."} A course that has been published is never deleted.`
            : "This course has never been published and nobody has enrolled, so it can be deleted."}
      </p>
      <CourseLifecycleButtons courseId={courseId} canArchive={lifecycle.canArchive} canRestore={lifecycle.canRestore} canDelete={lifecycle.canDelete} />
    </section>
  );
}
