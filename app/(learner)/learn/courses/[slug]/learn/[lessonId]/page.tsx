import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/back-link";
import { notFound, redirect } from "next/navigation";
import { ChevronLeft, ChevronRight, ClipboardCheck, Download, ExternalLink } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { formatLearningSeconds } from "@/lib/domain/format-duration";
import { assessmentHref, certificateHref, learnerCourseHref, lessonPlayerHref } from "@/lib/domain/routes";
import { requirePermission } from "@/lib/server/auth/session";
import { renderMarkdown } from "@/lib/server/content/render-markdown";
import { getLessonPlayer, type LessonPlayer } from "@/lib/server/progress/get-lesson-player";
import { ProgressBar } from "@/components/progress-bar";
import { ActivityTracker } from "./activity-tracker";
import { LessonOutline } from "./lesson-outline";
import { LinkLesson } from "./link-lesson";
import { MarkComplete } from "./mark-complete";
import { VideoLesson } from "./video-lesson";

type Params = { params: Promise<{ slug: string; lessonId: string }> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Lesson media is served by the app itself (uploads at /media/<id>, seeded files from public/media);
// anything else is not embedded.
function isAppMediaPath(path: string | null): path is string {
  return path !== null && /^\/media\/[\w./-]+$/.test(path) && !path.includes("..");
}

function hostOf(url: string | null): string | null {
  return url && URL.canParse(url) ? new URL(url).host : null;
}

async function loadPlayer({ params }: Params): Promise<{ player: LessonPlayer; slug: string }> {
  const { slug, lessonId } = await params;
  const user = await requirePermission("learning:own");
  if (!UUID.test(lessonId)) notFound();
  const lookup = await getLessonPlayer(user.id, slug, lessonId);
  if (lookup.kind === "NOT_FOUND") notFound();
  // Only enrolled officials learn; anyone else is sent to the course page, where they can enrol.
  if (lookup.kind === "NOT_ENROLLED") redirect(learnerCourseHref(slug));
  return { player: lookup.player, slug };
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const { player } = await loadPlayer(props);
  return { title: `${player.lesson.title} · ${player.course.title}` };
}

const PROSE =
  "max-w-prose text-base leading-7 text-slate-800 [&_a]:font-semibold [&_a]:text-navy-700 [&_a]:underline [&_blockquote]:my-4 [&_blockquote]:border-l-4 [&_blockquote]:border-saffron-400 [&_blockquote]:pl-4 [&_blockquote]:text-slate-700 [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_h1]:mt-6 [&_h1]:text-2xl [&_h1]:font-bold [&_h1]:text-navy-900 [&_h2]:mt-6 [&_h2]:text-xl [&_h2]:font-semibold [&_h2]:text-navy-900 [&_h3]:mt-4 [&_h3]:text-lg [&_h3]:font-semibold [&_h3]:text-navy-900 [&_li]:mt-1 [&_ol]:mt-3 [&_ol]:list-decimal [&_ol]:pl-6 [&_p]:mt-3 [&_pre]:my-4 [&_pre]:overflow-x-auto [&_pre]:rounded-md [&_pre]:bg-slate-100 [&_pre]:p-3 [&_table]:my-4 [&_table]:block [&_table]:overflow-x-auto [&_td]:border [&_td]:border-slate-300 [&_td]:px-2 [&_td]:py-1 [&_th]:border [&_th]:border-slate-300 [&_th]:bg-slate-50 [&_th]:px-2 [&_th]:py-1 [&_ul]:mt-3 [&_ul]:list-disc [&_ul]:pl-6 [&>*:first-child]:mt-0";

async function LessonBody({ player }: { player: LessonPlayer }) {
  const t = await getTranslations("player");
  const { lesson, progress } = player;
  const intro = lesson.body && lesson.type !== "TEXT" ? (
    <div className={PROSE} dangerouslySetInnerHTML={{ __html: renderMarkdown(lesson.body) }} />
  ) : null;

  switch (lesson.type) {
    case "TEXT":
      return (
        <>
          <ActivityTracker lessonId={lesson.id} kind="text" />
          <div className={PROSE} dangerouslySetInnerHTML={{ __html: renderMarkdown(lesson.body ?? "") }} />
        </>
      );
    case "VIDEO":
      return isAppMediaPath(lesson.mediaPath) ? (
        <div className="space-y-4">
          <VideoLesson
            lessonId={lesson.id}
            src={lesson.mediaPath}
            title={lesson.title}
            durationSeconds={lesson.durationSeconds}
            initialPositionSeconds={progress.positionSeconds}
            initialMaxPositionSeconds={progress.maxPositionSeconds}
          />
          {intro}
        </div>
      ) : (
        <p className="text-slate-700">{t("video.unavailable")}</p>
      );
    case "PDF":
      return isAppMediaPath(lesson.mediaPath) ? (
        <div className="space-y-3">
          <ActivityTracker lessonId={lesson.id} kind="pdf" />
          {intro}
          {/* An iframe, not <object>: the Content-Security-Policy turns plugins off (object-src 'none').
              A browser that cannot show PDFs inline has the two links below. */}
          <iframe src={lesson.mediaPath} title={lesson.title} className="h-[70vh] min-h-96 w-full rounded-lg border border-slate-300 bg-slate-100" />
          <p className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
            <a href={lesson.mediaPath} target="_blank" rel="noopener" className="inline-flex min-h-11 items-center gap-1 font-semibold text-navy-700 underline">
              <ExternalLink aria-hidden="true" className="size-4" /> {t("pdf.openInNewTab")}
            </a>
            <a href={lesson.mediaPath} download className="inline-flex min-h-11 items-center gap-1 font-semibold text-navy-700 underline">
              <Download aria-hidden="true" className="size-4" /> {t("pdf.download")}
            </a>
          </p>
          <p className="text-sm text-slate-600">{t("pdf.readingTime")}</p>
        </div>
      ) : (
        <p className="text-slate-700">{t("pdf.unavailable")}</p>
      );
    case "LINK":
      return (
        <div className="space-y-4">
          {intro}
          <LinkLesson visitHref={`/api/progress/lessons/${lesson.id}/visit`} host={hostOf(lesson.externalUrl) ?? t("link.outsideWebsite")} />
          <p className="text-sm text-slate-600">
            {progress.hasVisited ? t("link.visited") : t("link.opensToComplete")}
          </p>
        </div>
      );
    case "ASSESSMENT":
      return (
        <div className="space-y-4">
          {intro}
          <p className="text-slate-700">{t("assessmentLesson.completeWhenPassed")}</p>
          {lesson.assessmentId ? (
            <Link
              href={assessmentHref(lesson.assessmentId)}
              className="inline-flex min-h-11 items-center gap-2 rounded-md bg-navy-800 px-4 text-sm font-semibold text-white hover:bg-navy-700"
            >
              <ClipboardCheck aria-hidden="true" className="size-4" /> {progress.status === "COMPLETED" ? t("assessmentLesson.review") : t("assessmentLesson.goTo")}
            </Link>
          ) : null}
        </div>
      );
  }
}

export default async function LessonPlayerPage(props: Params) {
  const { player, slug } = await loadPlayer(props);
  const [t, locale] = await Promise.all([getTranslations("player"), getLocale()]);
  const { course, lesson, progress, enrolment } = player;
  const moduleIndex = player.outline.findIndex((module) => module.lessons.some((row) => row.id === lesson.id));
  const isCompleted = progress.status === "COMPLETED";
  const isCourseDone = enrolment.status === "COMPLETED";
  const nextHref = player.nextLessonId ? lessonPlayerHref(slug, player.nextLessonId) : null;
  const navLink =
    "inline-flex min-h-11 items-center gap-1 rounded-md border border-slate-300 bg-white px-3 text-sm font-semibold text-navy-800 hover:bg-slate-50";

  return (
    <div className="space-y-5">
      <div className="space-y-3">
        <BackLink href={learnerCourseHref(slug)}>{course.title}</BackLink>
        <ProgressBar value={enrolment.progressPercent} label={t("progressIn", { course: course.title })} tone={isCourseDone ? "green" : "navy"} />
      </div>

      <div className="grid gap-5 lg:grid-cols-[18rem_minmax(0,1fr)] lg:items-start">
        <LessonOutline player={player} slug={slug} />

        <article aria-labelledby="lesson-title" className="min-w-0 space-y-5 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
          <header>
            <p className="text-sm font-semibold tracking-wide text-saffron-700 uppercase">
              {moduleIndex >= 0 ? `${t("module", { number: moduleIndex + 1 })} · ` : ""}
              {t(`lessonType.${lesson.type}`)}
              {lesson.isRequired ? "" : ` · ${t("optional")}`}
            </p>
            <h1 id="lesson-title" className="mt-1 text-2xl font-bold text-navy-900 sm:text-3xl">
              {lesson.title}
            </h1>
            {lesson.durationSeconds > 0 ? (
              <p className="mt-1 text-sm text-slate-600">{t("about", { duration: formatLearningSeconds(Math.max(60, lesson.durationSeconds), locale) })}</p>
            ) : null}
          </header>

          <LessonBody player={player} />

          <div className="border-t border-slate-200 pt-4">
            {/* Links complete through their visit and assessments through a pass: no button to press. */}
            {!isCompleted && (lesson.type === "LINK" || lesson.type === "ASSESSMENT") ? null : (
              <MarkComplete
                lessonId={lesson.id}
                slug={slug}
                isCompleted={isCompleted}
                nextHref={nextHref}
                certificateHrefPrefix={certificateHref("")}
                courseHref={learnerCourseHref(slug)}
              />
            )}
          </div>

          <nav aria-label={t("nav.label")} className="flex flex-wrap justify-between gap-2">
            {player.previousLessonId ? (
              <Link href={lessonPlayerHref(slug, player.previousLessonId)} className={navLink} rel="prev">
                <ChevronLeft aria-hidden="true" className="size-4" /> {t("nav.previous")}
              </Link>
            ) : (
              <span />
            )}
            {nextHref ? (
              <Link href={nextHref} className={navLink} rel="next">
                {t("nav.next")} <ChevronRight aria-hidden="true" className="size-4" />
              </Link>
            ) : (
              <Link href={learnerCourseHref(slug)} className={navLink}>
                {t("nav.backToCourse")}
              </Link>
            )}
          </nav>
        </article>
      </div>
    </div>
  );
}
