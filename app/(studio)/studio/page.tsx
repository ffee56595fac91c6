import type { Metadata } from "next";
import Link from "next/link";
import { Archive, CalendarCheck, FilePen, Hourglass, LibraryBig, Users } from "lucide-react";
import type { ReactNode } from "react";
import { requirePermission } from "@/lib/server/auth/session";
import { providerIdsOf } from "@/lib/server/auth/scope";
import { getProviderCoursesByStatus, type CourseStatusName } from "@/lib/server/studio/get-provider-courses-by-status";
import { formatCount } from "@/lib/domain/format-count";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";
import { StatCard, StatGrid } from "@/components/stat-card";
import { STUDIO_BATCHES_HREF } from "./batches/hrefs";
import { CourseStatusTable } from "./course-status-table";

export const metadata: Metadata = { title: "Course studio" };

const STATUS_META: Record<CourseStatusName, { label: string; description: string; icon: ReactNode }> = {
  DRAFT: { label: "Drafts", description: "Being written; not visible to learners.", icon: <FilePen className="size-4" /> },
  IN_REVIEW: { label: "In review", description: "Submitted and waiting for a reviewer.", icon: <Hourglass className="size-4" /> },
  PUBLISHED: { label: "Published", description: "Live in the catalogue.", icon: <LibraryBig className="size-4" /> },
  ARCHIVED: { label: "Archived", description: "Withdrawn from the catalogue; records are kept.", icon: <Archive className="size-4" /> },
};

export default async function StudioHomePage() {
  const user = await requirePermission("studio:access");
  // Only providers the user holds a CONTENT_PROVIDER grant for, even for a super admin.
  const studio = await getProviderCoursesByStatus(providerIdsOf(user));

  if (studio.providers.length === 0) {
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

  const providerNames = studio.providers.map((provider) => provider.name).join(", ");
  const showProvider = studio.providers.length > 1;

  return (
    <div className="space-y-6">
      <PageHeading
        eyebrow="Studio"
        title="Course studio"
        description={
          <>
            {formatCount(studio.totalCourses)} {studio.totalCourses === 1 ? "course" : "courses"} for{" "}
            <span className="font-semibold">{providerNames}</span>.
          </>
        }
        actions={
          <Link
            href={STUDIO_BATCHES_HREF}
            className="inline-flex min-h-11 items-center gap-2 rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold text-navy-800 hover:bg-navy-50"
          >
            <CalendarCheck aria-hidden="true" className="size-4" /> Batches and attendance
          </Link>
        }
      />

      <StatGrid label="Courses by status" columns={5}>
        {studio.groups.map((group) => (
          <StatCard key={group.status} label={STATUS_META[group.status].label} value={group.total} icon={STATUS_META[group.status].icon} />
        ))}
        <StatCard label="Active enrolments" value={studio.totalEnrolments} icon={<Users className="size-4" />} hint="Across all your courses" isWideOnPhone />
      </StatGrid>

      {studio.totalCourses === 0 ? (
        <EmptyState title="No courses yet" icon={<FilePen className="size-10" />}>
          Courses you create will appear here as drafts, then move to review and publication.
        </EmptyState>
      ) : (
        studio.groups
          .filter((group) => group.total > 0)
          .map((group) => (
            <SectionCard
              key={group.status}
              id={`status-${group.status.toLowerCase()}`}
              title={`${STATUS_META[group.status].label} (${formatCount(group.total)})`}
              description={STATUS_META[group.status].description}
            >
              <CourseStatusTable group={group} label={STATUS_META[group.status].label} showProvider={showProvider} />
            </SectionCard>
          ))
      )}
    </div>
  );
}
