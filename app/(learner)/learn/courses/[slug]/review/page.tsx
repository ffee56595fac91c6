import type { Metadata } from "next";
import { BackLink } from "@/components/back-link";
import { notFound } from "next/navigation";
import { Lock } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { getCourseReview } from "@/lib/server/ratings/get-course-review";
import { formatDate, isoDate } from "@/lib/domain/format-date";
import { karmaFor } from "@/lib/domain/learning/karma-points";
import { learnerCourseHref } from "@/lib/domain/routes";
import { CourseReviewForm } from "@/components/course-review-form";
import { PageHeading } from "@/components/page-heading";
import { saveCourseReview } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("review");
  return { title: t("metaTitle") };
}

export default async function CourseReviewPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requirePermission("learning:own");
  const context = await getCourseReview(user.id, slug);
  if (!context) notFound();
  const { course, canRate, myReview } = context;
  const [t, locale] = await Promise.all([getTranslations("review"), getLocale()]);

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <BackLink href={learnerCourseHref(course.slug)}>{t("back")}</BackLink>
      <PageHeading
        eyebrow={myReview ? t("eyebrowEdit") : t("eyebrowRate")}
        title={course.title}
        description={
          myReview
            ? t.rich("ratedOn", {
                date: formatDate(myReview.updatedAt, locale),
                time: (chunks) => <time dateTime={isoDate(myReview.updatedAt)}>{chunks}</time>,
              })
            : t("intro", { provider: course.providerName, points: karmaFor("COURSE_RATED") })
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
          <span>{t.rich("locked", { strong: (chunks) => <strong>{chunks}</strong> })}</span>
        </p>
      )}
    </div>
  );
}
