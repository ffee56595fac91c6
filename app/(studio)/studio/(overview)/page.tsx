import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CalendarCheck, FilePen, LibraryBig, Plus } from "lucide-react";
import { can } from "@/lib/domain/permissions";
import { requirePermission } from "@/lib/server/auth/session";
import { listAuthorCourses } from "@/lib/server/studio/revisions/list-author-courses";
import { formatCount } from "@/lib/domain/format-count";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { STUDIO_BATCHES_HREF } from "../batches/hrefs";
import { AuthorCourseTable } from "../courses/author-course-table";
import { NEW_COURSE_HREF } from "../courses/course-hrefs";
import { REVIEW_QUEUE_HREF } from "../reviews/hrefs";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/ui-classes";

export const metadata: Metadata = { title: "Course studio" };

export default async function StudioHomePage() {
  const user = await requirePermission("studio:access");
  const { providers, courses } = await listAuthorCourses(user);

  // Reviewers and MDO admins write no courses: their studio is the review queue.
  if (providers.length === 0 && can(user, "course:review")) redirect(REVIEW_QUEUE_HREF);
  if (providers.length === 0) {
    return (
      <div className="space-y-6">
        <PageHeading eyebrow="Studio" title="Course studio" />
        <EmptyState title="Your account is not linked to a content provider" icon={<LibraryBig className="size-10" />}>
          Courses are written on behalf of a training institute or other provider. Ask your platform administrator to
          grant you the content-provider role for your institute.
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="space-y-6">
      <PageHeading
        eyebrow="Studio"
        title="Course studio"
        description={
          <>
            {formatCount(courses.length)} {courses.length === 1 ? "course" : "courses"} for{" "}
            <span className="font-semibold">{providers.map((provider) => provider.name).join(", ")}</span>.
          </>
        }
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href={NEW_COURSE_HREF} className={PRIMARY_BUTTON}>
              <Plus aria-hidden="true" className="size-4" /> New course
            </Link>
            <Link href={STUDIO_BATCHES_HREF} className={SECONDARY_BUTTON}>
              <CalendarCheck aria-hidden="true" className="size-4" /> Batches and attendance
            </Link>
            <Link href="/studio/programmes" className={SECONDARY_BUTTON}>
              Programmes
            </Link>
            <Link href="/studio/requests" className={SECONDARY_BUTTON}>
              Content requests
            </Link>
          </div>
        }
      />

      {courses.length === 0 ? (
        <EmptyState title="No courses yet" icon={<FilePen className="size-10" />}>
          Create a course to start writing. It stays a draft, seen only by your provider, until it is reviewed and published.
        </EmptyState>
      ) : (
        <AuthorCourseTable courses={courses} showProvider={providers.length > 1} />
      )}
    </div>
  );
}
