import type { Metadata } from "next";
import { requirePermission } from "@/lib/server/auth/session";
import { listAuthorCourses } from "@/lib/server/studio/revisions/list-author-courses";
import { BackLink } from "@/components/back-link";
import { PageHeading } from "@/components/page-heading";
import { STUDIO_HREF } from "../course-hrefs";
import { NewCourseForm } from "./new-course-form";

export const metadata: Metadata = { title: "New course" };

export default async function NewCoursePage() {
  const user = await requirePermission("course:author");
  const { providers } = await listAuthorCourses(user);
  return (
    <div className="space-y-6">
      <BackLink href={STUDIO_HREF}>Your courses</BackLink>
      <PageHeading
        eyebrow="Studio"
        title="New course"
        description="Start with a title and a short summary. The course is saved as a draft that only your provider can see until it is reviewed and published."
      />
      {providers.length === 0 ? (
        <p className="text-slate-700">Your account is not linked to a content provider, so you cannot create courses yet.</p>
      ) : (
        <NewCourseForm providers={providers} />
      )}
    </div>
  );
}
