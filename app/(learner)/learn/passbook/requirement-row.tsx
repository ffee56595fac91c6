import type { ReactNode } from "react";
import Link from "next/link";
import { CheckCircle2, Clock, Star } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import type { RoleRequirementRow } from "@/lib/server/passbook/get-competency-passbook";
import { formatDurationMinutes } from "@/lib/domain/format-duration";
import { MAX_COMPETENCY_LEVEL } from "@/lib/domain/learning/passbook";
import { learnerCourseHref } from "@/lib/domain/routes";
import { LevelMeter } from "@/components/level-meter";
import { SelfDeclaredLevelNote } from "@/components/self-declared-level";
import { StatusBadge } from "@/components/status-badge";

export async function RequirementRow({ row }: { row: RoleRequirementRow }) {
  const [t, locale] = await Promise.all([getTranslations("passbook.row"), getLocale()]);
  const levelText = (level: number, name: string | null): string => {
    if (level === 0) return t("noEvidence");
    return name ? t("levelOfNamed", { level, max: MAX_COMPETENCY_LEVEL, name }) : t("levelOf", { level, max: MAX_COMPETENCY_LEVEL });
  };
  const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;
  const isMet = row.gap === 0;
  const headingId = `requirement-${row.competencyId}`;
  return (
    <article aria-labelledby={headingId} className={`rounded-lg border bg-white p-4 ${isMet ? "border-slate-200" : "border-amber-300 border-l-4 border-l-amber-600"}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={headingId} className="text-base font-semibold text-navy-900">
          {row.name}
        </h3>
        {isMet ? (
          <StatusBadge tone="green">
            <CheckCircle2 aria-hidden="true" className="size-3.5" /> {t("met")}
          </StatusBadge>
        ) : (
          <StatusBadge tone="amber">
            {t("levelsToGo", { count: row.gap })}
          </StatusBadge>
        )}
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
        <LevelMeter
          current={row.current}
          required={row.required}
          label={t("meterLabel", { current: levelText(row.current, row.currentLevelName), required: levelText(row.required, row.requiredLevelName) })}
        />
        <span>
          {t.rich("summary", {
            current: row.current === 0 ? t("notYetShown") : t("level", { level: row.current }),
            required: t("level", { level: row.required }),
            strong,
          })}
          {row.requiredLevelName ? ` (${row.requiredLevelName})` : null}
        </span>
      </div>
      {row.selfDeclared ? <SelfDeclaredLevelNote selfDeclared={row.selfDeclared} /> : null}

      {!isMet && row.enrolledCourses.length > 0 ? (
        <p className="mt-3 text-sm text-slate-700">
          <span className="font-semibold text-slate-800">{t("alreadyTaking")}</span>{" "}
          {row.enrolledCourses.map((course, index) => (
            <span key={course.slug}>
              {index > 0 ? ", " : null}
              <Link href={learnerCourseHref(course.slug)} className="font-semibold text-navy-800 underline underline-offset-2">
                {course.title}
              </Link>
            </span>
          ))}
        </p>
      ) : null}

      {!isMet ? (
        row.recommendations.length > 0 ? (
          <div className="mt-3">
            <h4 className="text-sm font-semibold text-slate-800">{t("coursesThatHelp")}</h4>
            <ul className="mt-1 space-y-2">
              {row.recommendations.map((course) => (
                <li key={course.courseId} className="rounded-md bg-slate-50 p-3 text-sm">
                  <Link href={learnerCourseHref(course.slug)} className="font-semibold text-navy-800 underline underline-offset-2">
                    {course.title}
                  </Link>
                  <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-slate-700">
                    <span>{course.providerName}</span>
                    <span className="inline-flex items-center gap-1">
                      <Clock aria-hidden="true" className="size-4" />
                      {formatDurationMinutes(course.durationMinutes, locale)}
                    </span>
                    {course.ratingAverage !== null ? (
                      <span className="inline-flex items-center gap-1">
                        <Star aria-hidden="true" className="size-4 fill-amber-400 text-amber-600" />
                        {t.rich("rating", {
                          rating: course.ratingAverage.toFixed(1),
                          sr: (chunks) => <span className="sr-only">{chunks}</span>,
                        })}
                      </span>
                    ) : null}
                    <span className="font-medium text-green-800">
                      {course.closesGap ? t("closesGap") : t("takesYouTo", { level: course.toLevel })}
                    </span>
                  </p>
                </li>
              ))}
            </ul>
          </div>
        ) : row.enrolledCourses.length === 0 ? (
          <p className="mt-3 text-sm text-slate-600">
            {t("noCourse")}
          </p>
        ) : null
      ) : null}
    </article>
  );
}
