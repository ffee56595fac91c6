import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft, Lock } from "lucide-react";
import { requirePermission } from "@/lib/server/auth/session";
import { getCourseReview } from "@/lib/server/ratings/get-course-review";
import { formatDate, isoDate } from "@/lib/domain/format-date";
import { karmaFor } from "@/lib/domain/learning/karma-points";
import { learnerCourseHref } from "@/lib/domain/routes";
import { CourseReviewForm } from "@/components/course-review-form";
import { PageHeading } from "@/components/page-heading";
import { saveCourseReview } from "./actions";

export const metadata: Metadata = { title: "Rate this course" };

export default async function CourseReviewPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requirePermission("learning:own");
  const context = await getCourseReview(user.id, slug);
  if (!context) notFound();
  const { course, canRate, myReview } = context;

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <Link href={learnerCourseHref(course.slug)} className="inline-flex min-h-11 items-center gap-1 text-sm font-semibold text-navy-700 underline underline-offset-2">
        <ArrowLeft aria-hidden="true" className="size-4" /> Back to the course
      </Link>
      <PageHeading
        eyebrow={myReview ? "Edit your review" : "Rate this course"}
        title={course.title}
        description={
          myReview ? (
            <>
              You rated this course on <time dateTime={isoDate(myReview.updatedAt)}>{formatDate(myReview.updatedAt)}</time>. You can
              change your rating or review at any time.
            </>
          ) : (
            <>
              {course.providerName}. Your rating helps colleagues choose; rating a completed course earns{" "}
              {karmaFor("COURSE_RATED")} Karma Points.
            </>
          )
        }
      />
      {canRate ? (
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
          <CourseReviewForm
            action={saveCourseReview}
            courseSlug={course.slug}
            courseTitle={course.title}
            initialRating={myReview?.rating ?? null}
            initialReview={myReview?.review ?? ""}
          />
        </div>
      ) : (
        <p className="flex items-start gap-2 rounded-lg border border-navy-200 bg-navy-50 p-4 text-navy-900">
          <Lock aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
          <span>
            <strong>You can rate this course once you have completed it.</strong> Ratings come only from officials who took the
            whole course, so colleagues can trust them.
          </span>
        </p>
      )}
    </div>
  );
}
