import type { ReactNode } from "react";
import type { Metadata } from "next";
import { Download, FileJson } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { getLearningRecordSummary } from "@/lib/server/learner/get-learning-record-summary";
import { formatCount } from "@/lib/domain/format-count";
import { formatDate, isoDate } from "@/lib/domain/format-date";
import { LEARNING_RECORD_EXPORT_HREF } from "@/lib/domain/routes";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("record");
  return { title: t("metaTitle") };
}

const OBJECT_TYPES = ["course", "lesson", "assessment", "session"] as const;
const isObjectType = (type: string): type is (typeof OBJECT_TYPES)[number] => (OBJECT_TYPES as readonly string[]).includes(type);
// The xAPI verbs' English display names, as the summary returns them (an absence named as one).
const VERB_NAMES = ["registered", "launched", "progressed", "experienced", "attempted", "completed", "passed", "failed", "attended", "absent", "excused", "rated", "unregistered"] as const;
const isVerbName = (verb: string): verb is (typeof VERB_NAMES)[number] => (VERB_NAMES as readonly string[]).includes(verb);

export default async function LearningRecordPage() {
  const user = await requirePermission("learning:own");
  const [summary, t, locale] = await Promise.all([getLearningRecordSummary(user.id), getTranslations("record"), getLocale()]);
  const firstAt = summary.firstAt;
  const strong = (chunks: ReactNode) => <strong className="text-navy-900">{chunks}</strong>;

  return (
    <div className="space-y-6">
      <PageHeading
        eyebrow={t("eyebrow")}
        title={t("title")}
        description={t("description")}
      />

      <SectionCard id="download" title={t("download.title")}>
        <div className="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
          <div className="text-slate-700">
            <p>
              {firstAt
                ? t.rich("download.countSince", {
                    count: summary.total,
                    n: formatCount(summary.total),
                    date: formatDate(firstAt, locale),
                    strong,
                    time: (chunks) => <time dateTime={isoDate(firstAt)}>{chunks}</time>,
                  })
                : t.rich("download.count", { count: summary.total, n: formatCount(summary.total), strong })}
            </p>
            <p className="mt-1 text-sm text-slate-600">
              {t("download.format")}
            </p>
          </div>
          {/* A plain link: the browser downloads the file itself, with or without JavaScript. */}
          <a
            href={LEARNING_RECORD_EXPORT_HREF}
            download
            className="inline-flex min-h-11 shrink-0 items-center justify-center gap-2 rounded-md bg-navy-800 px-4 text-sm font-semibold text-white hover:bg-navy-700"
          >
            <Download aria-hidden="true" className="size-4" /> {t("download.button")}
          </a>
        </div>
      </SectionCard>

      {summary.recent.length === 0 ? (
        <EmptyState title={t("empty.title")} icon={<FileJson className="size-10" />}>
          {t("empty.body")}
        </EmptyState>
      ) : (
        <SectionCard id="recent" title={t("recent.title")}>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("recent.caption")}</caption>
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="py-2 pr-4 font-semibold">
                    {t("recent.when")}
                  </th>
                  <th scope="col" className="py-2 pr-4 font-semibold">
                    {t("recent.what")}
                  </th>
                  <th scope="col" className="py-2 font-semibold">
                    {t("recent.activity")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {summary.recent.map((row) => (
                  <tr key={row.id}>
                    <td className="py-2 pr-4 whitespace-nowrap text-slate-700">
                      <time dateTime={row.timestamp.toISOString()}>{formatDate(row.timestamp, locale)}</time>
                    </td>
                    <td className="py-2 pr-4 font-medium text-navy-900 capitalize">{isVerbName(row.verb) ? t(`verbs.${row.verb}`) : row.verb}</td>
                    <td className="py-2 text-slate-800">
                      <span className="text-slate-600">{isObjectType(row.objectType) ? t(`objects.${row.objectType}`) : row.objectType}:</span> {row.objectName ?? "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </SectionCard>
      )}
    </div>
  );
}
