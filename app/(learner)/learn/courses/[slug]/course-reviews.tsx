import { Star } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { CoursePage } from "@/lib/server/catalogue/get-course-page";
import { formatCount } from "@/lib/domain/format-count";
import { formatDate, isoDate } from "@/lib/domain/format-date";

function Stars({ rating }: { rating: number }) {
  const t = useTranslations("course.reviews");
  return (
    <span role="img" aria-label={t("stars", { rating })} className="inline-flex">
      {Array.from({ length: 5 }, (_, i) => (
        <Star
          key={i}
          aria-hidden="true"
          className={`size-4 ${i < rating ? "fill-amber-400 text-amber-600" : "text-slate-300"}`}
        />
      ))}
    </span>
  );
}

export function CourseReviews({ reviews, reviewCount, providerName }: Pick<CoursePage, "reviews" | "reviewCount"> & { providerName: string }) {
  const t = useTranslations("course.reviews");
  const locale = useLocale();
  if (reviews.length === 0) return <p className="text-slate-700">{t("none")}</p>;
  return (
    <div className="space-y-3">
      <ul className="space-y-3">
        {reviews.map((review) => (
          <li key={review.id} className="rounded-md border border-slate-200 p-3">
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
              <Stars rating={review.rating} />
              <span className="font-semibold text-slate-900">{review.reviewerName}</span>
              <time dateTime={isoDate(review.createdAt)} className="text-slate-600">
                {formatDate(review.createdAt, locale)}
              </time>
            </div>
            <p className="mt-1.5 whitespace-pre-line text-slate-800">{review.review}</p>
            {review.reply ? (
              <div className="mt-2 border-l-4 border-navy-200 pl-3 text-sm">
                <p className="font-semibold text-navy-900">{t("reply", { provider: providerName })}</p>
                <p className="whitespace-pre-line text-slate-800">{review.reply}</p>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {reviewCount > reviews.length ? (
        <p className="text-sm text-slate-600">
          {t("showingLatest", { shown: formatCount(reviews.length), total: formatCount(reviewCount) })}
        </p>
      ) : null}
    </div>
  );
}
