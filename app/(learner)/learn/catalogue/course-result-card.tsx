import Image from "next/image";
import Link from "next/link";
import { Building2, Clock, Languages, Monitor, Star, Users } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { CatalogueCourse } from "@/lib/server/catalogue/search-catalogue";
import { formatCount } from "@/lib/domain/format-count";
import { formatDurationMinutes } from "@/lib/domain/format-duration";
import { learnerCourseHref } from "@/lib/domain/routes";
import { StatusBadge } from "@/components/status-badge";

// A card shows a few competencies; the course page lists them all.
const VISIBLE_COMPETENCIES = 3;

export function RatingText({ average, count }: { average: number | null; count: number }) {
  const t = useTranslations("catalogue.card");
  if (average === null) return <span className="text-slate-600">{t("notRated")}</span>;
  return (
    <span className="inline-flex items-center gap-1">
      <Star aria-hidden="true" className="size-4 fill-amber-400 text-amber-600" />
      <span>
        {t.rich("rating", {
          average: average.toFixed(1),
          count,
          n: formatCount(count),
          strong: (chunks) => <span className="font-semibold text-slate-900">{chunks}</span>,
          sr: (chunks) => <span className="sr-only">{chunks}</span>,
        })}
      </span>
    </span>
  );
}

export function CourseResultCard({ course }: { course: CatalogueCourse }) {
  const t = useTranslations("catalogue");
  const locale = useLocale();
  const shown = course.competencies.slice(0, VISIBLE_COMPETENCIES);
  const hidden = course.competencies.length - shown.length;
  // Titles and summaries are in the course's own language, whatever the page's.
  const lang = course.language === "HI" ? "hi" : "en";
  return (
    <article className="flex h-full flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      {course.thumbnailUrl ? (
        // Decorative beside the title; unoptimized because the optimiser would fetch it without
        // the official's session, and /media/<id> answers only signed-in officials.
        <Image src={course.thumbnailUrl} alt="" width={640} height={360} unoptimized className="-mx-4 -mt-4 mb-3 aspect-video w-[calc(100%+2rem)] max-w-none rounded-t-lg object-cover" />
      ) : null}
      <h3 lang={lang} className="text-base font-semibold text-navy-900">
        <Link href={learnerCourseHref(course.slug)} className="underline-offset-2 hover:underline">
          {course.title}
        </Link>
      </h3>
      {course.titleHi ? (
        <p lang="hi" className="text-sm text-slate-700">
          {course.titleHi}
        </p>
      ) : null}
      <p className="mt-1 flex items-start gap-1 text-sm text-slate-700">
        <Building2 aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
        <span className="min-w-0">{course.providerName}</span>
      </p>
      <p lang={lang} className="mt-2 line-clamp-3 text-sm text-slate-700">
        {course.summary}
      </p>
      <ul aria-label={t("card.facts")} className="mt-3 flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-700">
        <li className="inline-flex items-center gap-1">
          <Clock aria-hidden="true" className="size-4" />
          {formatDurationMinutes(course.durationMinutes, locale)}
        </li>
        <li className="inline-flex items-center gap-1">
          <Monitor aria-hidden="true" className="size-4" />
          {t(`modes.${course.mode}`)}
        </li>
        <li className="inline-flex items-center gap-1">
          <Languages aria-hidden="true" className="size-4" />
          {t(`languages.${course.language}`)}
        </li>
        <li>
          <RatingText average={course.averageRating} count={course.ratingCount} />
        </li>
        {course.enrolmentCount > 0 ? (
          <li className="inline-flex items-center gap-1">
            <Users aria-hidden="true" className="size-4" />
            {t("card.enrolled", { n: formatCount(course.enrolmentCount) })}
          </li>
        ) : null}
      </ul>
      {shown.length > 0 ? (
        <ul aria-label={t("card.competencies")} className="mt-3 flex flex-wrap gap-1.5">
          {shown.map((name) => (
            <li key={name} className="max-w-full">
              <StatusBadge tone="navy">
                <span className="truncate">{name}</span>
              </StatusBadge>
            </li>
          ))}
          {hidden > 0 ? (
            <li>
              <StatusBadge>{t("card.moreCompetencies", { count: hidden })}</StatusBadge>
            </li>
          ) : null}
        </ul>
      ) : null}
    </article>
  );
}
