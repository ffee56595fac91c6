import Link from "next/link";
import { CheckCircle2, Circle } from "lucide-react";
import { useTranslations } from "next-intl";
import type { LessonPlayer } from "@/lib/server/progress/get-lesson-player";
import { lessonPlayerHref } from "@/lib/domain/routes";

function OutlineList({ player, slug }: { player: LessonPlayer; slug: string }) {
  const t = useTranslations("player");
  return (
    <ol className="space-y-4">
      {player.outline.map((module, moduleIndex) => (
        <li key={module.id}>
          <p className="px-2 text-xs font-semibold tracking-wide text-slate-600 uppercase">
            {t("outline.module", { number: moduleIndex + 1, title: module.title })}
          </p>
          <ol className="mt-1 space-y-0.5">
            {module.lessons.map((lesson) => {
              const isCurrent = lesson.id === player.lesson.id;
              return (
                <li key={lesson.id}>
                  <Link
                    href={lessonPlayerHref(slug, lesson.id)}
                    aria-current={isCurrent ? "page" : undefined}
                    className={`flex min-h-11 items-start gap-2 rounded-md px-2 py-2 text-sm ${isCurrent ? "bg-navy-50 font-semibold text-navy-900 ring-1 ring-navy-200" : "text-slate-800 hover:bg-slate-100"}`}
                  >
                    {lesson.isCompleted ? (
                      <CheckCircle2 aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-india-green-700" />
                    ) : (
                      <Circle aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-slate-400" />
                    )}
                    <span className="min-w-0">
                      {lesson.title}
                      <span className="block text-xs font-normal text-slate-600">
                        {t(`lessonType.${lesson.type}`)}
                        {lesson.isRequired ? "" : ` · ${t("optional")}`}
                        <span className="sr-only">{lesson.isCompleted ? t("outline.completed") : t("outline.notCompleted")}</span>
                      </span>
                    </span>
                  </Link>
                </li>
              );
            })}
          </ol>
        </li>
      ))}
    </ol>
  );
}

/** The course outline: a disclosure above the lesson on phones, a sidebar on wide screens. */
export function LessonOutline({ player, slug }: { player: LessonPlayer; slug: string }) {
  const t = useTranslations("player.outline");
  const lessons = player.outline.flatMap((module) => module.lessons);
  const doneCount = lessons.filter((lesson) => lesson.isCompleted).length;
  const summary = t("summary", { done: doneCount, total: lessons.length });
  return (
    <>
      <details className="rounded-lg border border-slate-200 bg-white shadow-sm lg:hidden">
        <summary className="flex min-h-11 items-center justify-between gap-2 px-4 py-2 text-sm font-semibold text-navy-900">
          {t("title")} <span className="font-normal text-slate-600">{summary}</span>
        </summary>
        <nav aria-label={t("title")} className="border-t border-slate-200 p-2">
          <OutlineList player={player} slug={slug} />
        </nav>
      </details>
      <nav aria-label={t("title")} className="hidden rounded-lg border border-slate-200 bg-white p-2 shadow-sm lg:block">
        <p className="px-2 pt-1 pb-3 text-sm text-slate-600">{summary}</p>
        <OutlineList player={player} slug={slug} />
      </nav>
    </>
  );
}
