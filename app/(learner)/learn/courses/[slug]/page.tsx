import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { BackLink } from "@/components/back-link";
import { notFound } from "next/navigation";
import { Archive, Building2, Clock, ExternalLink, Languages, Monitor, Users } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { getCoursePage } from "@/lib/server/catalogue/get-course-page";
import { getCourseUpdates } from "@/lib/server/catalogue/get-course-updates";
import { renderMarkdown } from "@/lib/server/content/render-markdown";
import { catalogueHref } from "@/lib/domain/catalogue/catalogue-href";
import { descriptionWithoutSummary } from "@/lib/domain/catalogue/course-description";
import { formatCount } from "@/lib/domain/format-count";
import { formatDurationMinutes } from "@/lib/domain/format-duration";
import { CATALOGUE_HREF } from "@/lib/domain/routes";
import { SectionCard } from "@/components/section-card";
import { StatusBadge } from "@/components/status-badge";
import { RatingText } from "../../catalogue/course-result-card";
import { CourseBatches } from "./course-batches";
import { CourseOutline } from "./course-outline";
import { CourseReviews } from "./course-reviews";
import { CourseUpdatesNotice } from "./course-updates-notice";
import { EnrolmentPanel } from "./enrolment-panel";

type CoursePageProps = { params: Promise<{ slug: string }> };

const DESCRIPTION_PROSE =
  "max-w-prose space-y-3 text-slate-800 [&_a]:font-semibold [&_a]:text-navy-700 [&_a]:underline [&_h1]:text-xl [&_h1]:font-semibold [&_h1]:text-navy-900 [&_h2]:text-lg [&_h2]:font-semibold [&_h2]:text-navy-900 [&_h3]:font-semibold [&_h3]:text-navy-900 [&_ol]:list-decimal [&_ol]:pl-6 [&_strong]:text-slate-900 [&_ul]:list-disc [&_ul]:pl-6";

async function loadCourse(params: CoursePageProps["params"]) {
  const user = await requirePermission("course:browse");
  const { slug } = await params;
  return getCoursePage(slug, user.id);
}

async function loadUpdates(courseId: string) {
  const user = await requirePermission("course:browse");
  return getCourseUpdates(user.id, courseId);
}

export async function generateMetadata({ params }: CoursePageProps): Promise<Metadata> {
  const course = await loadCourse(params);
  if (course) return { title: course.title };
  const t = await getTranslations("course");
  return { title: t("metaNotFound") };
}

export default async function CoursePage({ params }: CoursePageProps) {
  const course = await loadCourse(params);
  if (!course) notFound();

  const [t, tc, locale, updates] = await Promise.all([getTranslations("course"), getTranslations("catalogue"), getLocale(), loadUpdates(course.id)]);
  // Course content is marked up in its own language (the page may be in the other one), so
  // screen readers pronounce it correctly.
  const lang = course.language === "HI" ? "hi" : "en";
  const lessonCount = course.modules.reduce((sum, module) => sum + module.lessons.length, 0);

  return (
    <div className="space-y-6">
      <BackLink href={CATALOGUE_HREF}>{t("backToCatalogue")}</BackLink>

      <header className="border-b border-slate-200 pb-5">
        {course.thumbnailUrl ? (
          // Decorative beside the title; unoptimized because the optimiser would fetch it without
          // the official's session, and /media/<id> answers only signed-in officials.
          <Image src={course.thumbnailUrl} alt="" width={960} height={540} unoptimized priority className="mb-4 aspect-video w-full max-w-xl rounded-lg border border-slate-200 object-cover" />
        ) : null}
        <p className="flex items-center gap-1.5 text-sm font-semibold text-saffron-700">
          <Building2 aria-hidden="true" className="size-4" /> {course.provider.name}
        </p>
        <h1 lang={lang} className="mt-1 text-2xl font-bold text-navy-900 sm:text-3xl">
          {course.title}
        </h1>
        {course.titleHi && course.language !== "HI" ? (
          <p lang="hi" className="mt-1 text-lg text-slate-700">
            {course.titleHi}
          </p>
        ) : null}
        <p lang={lang} className="mt-2 max-w-3xl text-slate-700">
          {course.summary}
        </p>
        <ul aria-label={tc("card.facts")} className="mt-3 flex flex-wrap gap-x-4 gap-y-2 text-sm text-slate-700">
          <li className="inline-flex items-center gap-1">
            <Clock aria-hidden="true" className="size-4" /> {formatDurationMinutes(course.durationMinutes, locale)} ·{" "}
            {t("lessonCount", { count: lessonCount })}
          </li>
          <li className="inline-flex items-center gap-1">
            <Monitor aria-hidden="true" className="size-4" /> {tc(`modes.${course.mode}`)}
          </li>
          <li className="inline-flex items-center gap-1">
            <Languages aria-hidden="true" className="size-4" /> {tc(`languages.${course.language}`)}
          </li>
          <li>
            <RatingText average={course.rating.average} count={course.rating.count} />
          </li>
          {course.enrolmentCount > 0 ? (
            <li className="inline-flex items-center gap-1">
              <Users aria-hidden="true" className="size-4" /> {tc("card.enrolled", { n: formatCount(course.enrolmentCount) })}
            </li>
          ) : null}
        </ul>
        {course.status === "ARCHIVED" ? (
          <p className="mt-3 flex items-start gap-2 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
            <Archive aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
            {t("archived")}
          </p>
        ) : null}
      </header>

      {updates ? <CourseUpdatesNotice courseId={course.id} updates={updates} lang={lang} /> : null}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start">
        {/* On a phone the call to action comes straight after the heading; on a wide screen it sits beside the content. */}
        <div className="space-y-6 lg:col-start-2 lg:row-start-1">
          <EnrolmentPanel courseId={course.id} slug={course.slug} />

          <SectionCard id="competencies" title={t("competencies.title")} description={t("competencies.description")}>
            {course.competencies.length === 0 ? (
              <p className="text-slate-700">{t("competencies.none")}</p>
            ) : (
              <ul className="space-y-3">
                {course.competencies.map((competency) => (
                  <li key={competency.code}>
                    <Link
                      href={catalogueHref({ competency: competency.code, page: 1 })}
                      className="font-semibold text-navy-800 underline-offset-2 hover:underline"
                    >
                      {competency.name}
                    </Link>
                    <p className="mt-0.5 flex flex-wrap items-center gap-1.5 text-sm text-slate-700">
                      <StatusBadge tone="navy">
                        {competency.levelName
                          ? t("competencies.levelNamed", { level: competency.level, name: competency.levelName })
                          : t("competencies.level", { level: competency.level })}
                      </StatusBadge>
                      <span>{tc(`competencyTypes.${competency.type}`)}</span>
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </SectionCard>
        </div>

        <div className="min-w-0 space-y-6 lg:col-start-1 lg:row-start-1">
          <SectionCard id="about" title={t("about.title")}>
            {/* Markdown from the studio, sanitised by renderMarkdown: the same rendering the studio's preview shows. */}
            <div
              lang={lang}
              className={DESCRIPTION_PROSE}
              dangerouslySetInnerHTML={{ __html: renderMarkdown(descriptionWithoutSummary(course.description, course.summary)) }}
            />
            <p className="mt-4 text-sm text-slate-700">
              {t.rich("about.offeredBy", {
                provider: course.provider.name,
                strong: (chunks) => <span className="font-semibold">{chunks}</span>,
              })}
              {course.provider.website ? (
                <>
                  {" · "}
                  <a
                    href={course.provider.website}
                    rel="noopener noreferrer"
                    target="_blank"
                    className="inline-flex items-center gap-1 font-semibold text-navy-700 underline"
                  >
                    {t("about.website")} <ExternalLink aria-hidden="true" className="size-3.5" />
                    <span className="sr-only">{t("about.newTab")}</span>
                  </a>
                </>
              ) : null}
            </p>
          </SectionCard>

          <SectionCard
            id="outline"
            title={t("outline.title")}
            description={t("outline.description", { modules: course.modules.length, lessons: lessonCount })}
          >
            <CourseOutline modules={course.modules} lang={lang} />
          </SectionCard>

          {course.mode !== "ONLINE" ? (
            <SectionCard
              id="batches"
              title={t("batches.title")}
              description={course.mode === "FACE_TO_FACE" ? t("batches.faceToFace") : t("batches.blended")}
            >
              <CourseBatches batches={course.batches} />
            </SectionCard>
          ) : null}

          <SectionCard
            id="reviews"
            title={t("reviews.title")}
            description={
              course.rating.average === null
                ? t("reviews.notRated")
                : t("reviews.rated", {
                    average: course.rating.average.toFixed(1),
                    count: course.rating.count,
                    n: formatCount(course.rating.count),
                  })
            }
          >
            <CourseReviews reviews={course.reviews} reviewCount={course.reviewCount} providerName={course.provider.name} />
          </SectionCard>
        </div>
      </div>
    </div>
  );
}
