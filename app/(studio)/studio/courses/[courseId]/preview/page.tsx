import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Clock, Languages, Monitor } from "lucide-react";
import { z } from "zod";
import { descriptionWithoutSummary } from "@/lib/domain/catalogue/course-description";
import { draftLessons, type LessonDraft } from "@/lib/domain/studio/course-draft";
import { formatDurationMinutes } from "@/lib/domain/format-duration";
import { isPermissionDeniedError } from "@/lib/domain/permissions";
import { requirePermission } from "@/lib/server/auth/session";
import { renderMarkdown } from "@/lib/server/content/render-markdown";
import { getRevisionPreview, type RevisionPreview } from "@/lib/server/studio/revisions/get-revision-preview";
import { SectionCard } from "@/components/section-card";
import { StatusBadge } from "@/components/status-badge";
import { CourseOutline } from "@/app/(learner)/learn/courses/[slug]/course-outline";
import { PROSE } from "../editor/prose";
import { COURSE_STATUS_LABELS } from "../../course-status-badge";
import { studioCourseHref } from "../../course-hrefs";
import { TEXT_LINK } from "@/components/ui-classes";

export const metadata: Metadata = { title: "Course preview" };

type Props = { params: Promise<{ courseId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const querySchema = z.object({
  revision: z.uuid().optional().catch(undefined),
  lesson: z.uuid().optional().catch(undefined),
  width: z.enum(["desktop", "phone"]).catch("desktop"),
});

const MODE_LABELS = { ONLINE: "Online", BLENDED: "Blended", FACE_TO_FACE: "Face to face" } as const;
const LANGUAGE_LABELS = { EN: "English", HI: "Hindi" } as const;

/**
 * A version as learners would see it, for its authors and its reviewers. Rendered from the stored
 * document with the learner's outline and the same Markdown renderer; nothing here records progress.
 */
export default async function CoursePreviewPage({ params, searchParams }: Props) {
  const user = await requirePermission("studio:access");
  const { courseId } = await params;
  const query = querySchema.parse(await searchParams);
  let preview: RevisionPreview | null;
  try {
    preview = await getRevisionPreview(user, courseId, query.revision ?? null);
  } catch (error) {
    if (isPermissionDeniedError(error)) notFound();
    throw error;
  }
  if (!preview) {
    return <p className="text-slate-700">There is no version to preview yet. Start a version on the Content tab.</p>;
  }
  const { draft } = preview;
  const href = (change: { lesson?: string | null; width?: "desktop" | "phone" }) => {
    const next = new URLSearchParams();
    if (query.revision) next.set("revision", query.revision);
    const lesson = change.lesson === undefined ? query.lesson : change.lesson;
    if (lesson) next.set("lesson", lesson);
    const width = change.width ?? query.width;
    if (width === "phone") next.set("width", width);
    const search = next.toString();
    return `${studioCourseHref(courseId, "preview")}${search ? `?${search}` : ""}`;
  };
  const lesson = query.lesson ? draftLessons(draft).find((entry) => entry.lesson.key === query.lesson) : undefined;
  const lang = draft.language === "HI" ? "hi" : "en";
  const modules = draft.modules.map((module) => ({
    id: module.key,
    title: module.title || "Untitled module",
    lessons: module.lessons.map((entry) => ({ id: entry.key, title: entry.title || "Untitled lesson", type: entry.type, durationSeconds: entry.durationSeconds, isRequired: entry.isRequired })),
  }));

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          Previewing version {preview.number} <StatusBadge tone="navy">{COURSE_STATUS_LABELS[preview.status]}</StatusBadge> — progress is not recorded.
        </p>
        <nav aria-label="Preview width" className="flex gap-1">
          {(["desktop", "phone"] as const).map((width) => (
            <Link
              key={width}
              href={href({ width })}
              aria-current={query.width === width ? "true" : undefined}
              className={`inline-flex min-h-11 items-center rounded-md border px-3 text-sm font-semibold ${query.width === width ? "border-navy-800 bg-navy-800 text-white" : "border-slate-300 bg-white text-navy-800 hover:bg-navy-50"}`}
            >
              {width === "desktop" ? "Desktop" : "Phone (375 px)"}
            </Link>
          ))}
        </nav>
      </div>

      {/* The phone width is a constrained frame; the learner's layout inside reflows as on a phone. */}
      <div data-testid="preview-frame" className={`rounded-lg border border-slate-300 bg-slate-50 p-3 sm:p-5 ${query.width === "phone" ? "mx-auto w-full max-w-[375px]" : ""}`}>
        {lesson ? (
          <article aria-labelledby="preview-lesson-title" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <Link href={href({ lesson: null })} className={TEXT_LINK}>
              ← {draft.title || "Untitled course"}
            </Link>
            <header>
              <p className="text-sm font-semibold tracking-wide text-saffron-700 uppercase">Module {lesson.moduleIndex + 1}</p>
              <h2 id="preview-lesson-title" lang={lang} className="mt-1 text-2xl font-bold text-navy-900">
                {lesson.lesson.title || "Untitled lesson"}
              </h2>
            </header>
            <LessonPreview lesson={lesson.lesson} media={preview.media} lang={lang} />
          </article>
        ) : (
          <div className="space-y-5">
            <header className="space-y-2">
              <p className="text-sm font-semibold text-saffron-700">{preview.providerName}</p>
              <h2 lang={lang} className="text-2xl font-bold break-words text-navy-900">
                {draft.title || "Untitled course"}
              </h2>
              {draft.titleHi && draft.language !== "HI" ? (
                <p lang="hi" className="text-lg text-slate-700">
                  {draft.titleHi}
                </p>
              ) : null}
              <p lang={lang} className="text-slate-700">
                {draft.summary}
              </p>
              <ul aria-label="Course facts" className="flex flex-wrap gap-x-4 gap-y-2 text-sm text-slate-700">
                <li className="inline-flex items-center gap-1">
                  <Clock aria-hidden="true" className="size-4" /> {formatDurationMinutes(Math.max(1, draft.durationMinutes), "en")}
                </li>
                <li className="inline-flex items-center gap-1">
                  <Monitor aria-hidden="true" className="size-4" /> {MODE_LABELS[draft.mode]}
                </li>
                <li className="inline-flex items-center gap-1">
                  <Languages aria-hidden="true" className="size-4" /> {LANGUAGE_LABELS[draft.language]}
                </li>
              </ul>
            </header>
            <SectionCard id="preview-competencies" title="Competencies">
              {preview.competencies.length === 0 ? (
                <p className="text-slate-700">None tagged yet.</p>
              ) : (
                <ul className="space-y-2">
                  {preview.competencies.map((competency) => (
                    <li key={competency.id} className="flex flex-wrap items-center gap-2">
                      <span className="font-semibold text-navy-800">{competency.name}</span>
                      <StatusBadge tone="navy">{competency.levelName ? `Level ${competency.level}: ${competency.levelName}` : `Level ${competency.level}`}</StatusBadge>
                    </li>
                  ))}
                </ul>
              )}
            </SectionCard>
            <SectionCard id="preview-about" title="About this course">
              <div lang={lang} className={PROSE} dangerouslySetInnerHTML={{ __html: renderMarkdown(descriptionWithoutSummary(draft.description, draft.summary)) }} />
            </SectionCard>
            <SectionCard id="preview-outline" title="Course outline">
              <CourseOutline modules={modules} lang={lang} />
              <h3 className="mt-4 text-sm font-semibold text-slate-800">Open a lesson as learners see it</h3>
              <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {draftLessons(draft).map((entry) => (
                  <li key={entry.lesson.key}>
                    <Link href={href({ lesson: entry.lesson.key })} className={TEXT_LINK}>
                      {entry.moduleIndex + 1}.{entry.lessonIndex + 1} {entry.lesson.title || "Untitled lesson"}
                    </Link>
                  </li>
                ))}
              </ul>
            </SectionCard>
          </div>
        )}
      </div>
    </div>
  );
}

function LessonPreview({ lesson, media, lang }: { lesson: LessonDraft; media: RevisionPreview["media"]; lang: "en" | "hi" }) {
  switch (lesson.type) {
    case "TEXT":
      return <div lang={lang} className={PROSE} dangerouslySetInnerHTML={{ __html: renderMarkdown(lesson.body) }} />;
    case "VIDEO": {
      const file = lesson.mediaId ? media[lesson.mediaId] : undefined;
      return file ? (
        <video controls preload="metadata" src={file.url} className="aspect-video w-full rounded-lg bg-black">
          <track kind="captions" />
        </video>
      ) : (
        <p className="text-slate-700">No video uploaded yet.</p>
      );
    }
    case "PDF": {
      const file = lesson.mediaId ? media[lesson.mediaId] : undefined;
      return file ? (
        <div className="space-y-2">
          {/* An iframe, not <object>: the Content-Security-Policy turns plugins off (object-src 'none'). */}
          <iframe src={file.url} title={lesson.title} className="h-[60vh] min-h-80 w-full rounded-lg border border-slate-300 bg-slate-100" />
          <p>
            <a href={file.url} className={TEXT_LINK}>
              Open {file.originalName}
            </a>
          </p>
        </div>
      ) : (
        <p className="text-slate-700">No PDF uploaded yet.</p>
      );
    }
    case "LINK":
      return lesson.externalUrl ? (
        <p>
          <a href={lesson.externalUrl} target="_blank" rel="noopener noreferrer" className={TEXT_LINK}>
            Open {URL.canParse(lesson.externalUrl) ? new URL(lesson.externalUrl).host : "the link"} (new tab)
          </a>
        </p>
      ) : (
        <p className="text-slate-700">No web address yet.</p>
      );
    case "ASSESSMENT": {
      const { assessment } = lesson;
      return (
        <div className="space-y-2 text-slate-800">
          {assessment.instructions ? <div className={PROSE} dangerouslySetInnerHTML={{ __html: renderMarkdown(assessment.instructions) }} /> : null}
          <p>
            {assessment.draw.mode === "FIXED" ? `${assessment.draw.questionIds.length} questions` : `${assessment.draw.count} questions drawn for each attempt`} · pass mark{" "}
            {assessment.passMarkPercent}%{assessment.timeLimitMinutes ? ` · ${assessment.timeLimitMinutes} minutes` : ""}
            {assessment.maxAttempts ? ` · ${assessment.maxAttempts} attempts` : ""}
          </p>
        </div>
      );
    }
  }
}
