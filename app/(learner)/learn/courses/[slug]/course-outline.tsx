import { ClipboardCheck, ExternalLink, FileText, type LucideIcon, Video, BookOpen } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { CoursePage } from "@/lib/server/catalogue/get-course-page";
import type { LessonTypeName } from "@/lib/domain/catalogue/catalogue-labels";
import { formatDurationMinutes } from "@/lib/domain/format-duration";

const LESSON_ICONS: Record<LessonTypeName, LucideIcon> = {
  TEXT: BookOpen,
  VIDEO: Video,
  PDF: FileText,
  LINK: ExternalLink,
  ASSESSMENT: ClipboardCheck,
};

const minutesOf = (seconds: number) => Math.max(1, Math.round(seconds / 60));

/**
 * Modules and lessons as a reading list; lessons open in the course player, not from here.
 * `lang` is the course's language, for its titles (the labels around them follow the page).
 */
export function CourseOutline({ modules, lang }: { modules: CoursePage["modules"]; lang: "en" | "hi" }) {
  const t = useTranslations("course");
  const locale = useLocale();
  return (
    <ol className="space-y-4">
      {modules.map((module, moduleIndex) => {
        const moduleSeconds = module.lessons.reduce((sum, lesson) => sum + lesson.durationSeconds, 0);
        return (
          <li key={module.id}>
            <h3 className="flex flex-wrap items-baseline justify-between gap-x-3 font-semibold text-navy-900">
              <span>
                <span className="text-slate-600">{t("outline.module", { number: moduleIndex + 1 })}</span>{" "}
                <span lang={lang}>{module.title}</span>
              </span>
              <span className="text-sm font-normal text-slate-600">
                {t("lessonCount", { count: module.lessons.length })} · {formatDurationMinutes(minutesOf(moduleSeconds), locale)}
              </span>
            </h3>
            <ol className="mt-2 divide-y divide-slate-100 rounded-md border border-slate-200">
              {module.lessons.map((lesson) => {
                const Icon = LESSON_ICONS[lesson.type];
                return (
                  <li key={lesson.id} className="flex items-start gap-3 px-3 py-2.5">
                    <Icon aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-navy-600" />
                    <div className="min-w-0 flex-1">
                      <p lang={lang} className="text-slate-900">
                        {lesson.title}
                      </p>
                      <p className="text-sm text-slate-600">
                        {t(`lessonTypes.${lesson.type}`)} · {formatDurationMinutes(minutesOf(lesson.durationSeconds), locale)}
                        {lesson.isRequired ? null : ` · ${t("outline.optional")}`}
                      </p>
                    </div>
                  </li>
                );
              })}
            </ol>
          </li>
        );
      })}
    </ol>
  );
}
