import type { ReactNode } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Info } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { getSelfAssessmentSheet } from "@/lib/server/passbook/get-self-assessment-sheet";
import { formatDate, isoDate } from "@/lib/domain/format-date";
import { PASSBOOK_HREF } from "@/lib/domain/routes";
import { BackLink } from "@/components/back-link";
import { PageHeading } from "@/components/page-heading";
import { StatusBadge } from "@/components/status-badge";
import { rateMyself } from "./actions";
import { SelfAssessmentForm } from "./self-assessment-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("passbook.selfAssessment");
  return { title: t("metaTitle") };
}

const COMPETENCY_TYPES = ["BEHAVIOURAL", "FUNCTIONAL", "DOMAIN"] as const;
const isCompetencyType = (type: string): type is (typeof COMPETENCY_TYPES)[number] => (COMPETENCY_TYPES as readonly string[]).includes(type);

export default async function SelfAssessmentPage() {
  const user = await requirePermission("learning:own");
  const [sheet, t, tp, locale] = await Promise.all([
    getSelfAssessmentSheet(user.id),
    getTranslations("passbook.selfAssessment"),
    getTranslations("passbook"),
    getLocale(),
  ]);
  if (!sheet) notFound();
  const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <BackLink href={PASSBOOK_HREF}>{t("back")}</BackLink>
      <PageHeading
        eyebrow={t("eyebrow")}
        title={t("title")}
        description={
          <>
            {sheet.postTitle ? <p>{t.rich("post", { title: sheet.postTitle, strong })}</p> : null}
            <p className="mt-2">{t("description")}</p>
          </>
        }
      />

      {!sheet.postTitle ? (
        <p className="flex items-start gap-2 rounded-lg border border-navy-200 bg-navy-50 p-4 text-navy-900">
          <Info aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
          <span>{t.rich("noPosition", { strong })}</span>
        </p>
      ) : sheet.items.length === 0 ? (
        <p className="text-slate-700">{t("none")}</p>
      ) : (
        <ul className="space-y-4">
          {sheet.items.map((item) => {
            const headingId = `rate-${item.competencyId}`;
            const rating = item.rating;
            const reviewedAt = rating?.reviewedAt ?? null;
            return (
              <li key={item.competencyId}>
                <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
                  <h2 id={headingId} className="text-lg font-semibold text-navy-900">
                    {item.name}
                  </h2>
                  <p className="text-sm text-slate-600">{isCompetencyType(item.type) ? tp(`types.${item.type}`) : item.type}</p>
                  <p className="mt-2 text-sm text-slate-700">{item.description}</p>
                  <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800">
                    <span className="font-semibold">{t("required", { level: item.required })}</span>
                    <span>{item.held > 0 ? t("held", { level: item.held }) : t("notHeld")}</span>
                  </p>
                  {rating ? (
                    <p className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-800">
                      <span>
                        {t.rich("current", {
                          level: rating.level,
                          date: formatDate(rating.assessedAt, locale),
                          time: (chunks) => <time dateTime={isoDate(rating.assessedAt)}>{chunks}</time>,
                        })}
                      </span>
                      {rating.state === "PENDING" ? (
                        <StatusBadge tone="amber">{tp("selfDeclared.pending")}</StatusBadge>
                      ) : reviewedAt ? (
                        <span className="text-slate-600">
                          {rating.reviewedByName
                            ? tp.rich("selfDeclared.reviewedBy", {
                                name: rating.reviewedByName,
                                date: formatDate(reviewedAt, locale),
                                time: (chunks) => <time dateTime={isoDate(reviewedAt)}>{chunks}</time>,
                              })
                            : tp.rich("selfDeclared.reviewedOn", {
                                date: formatDate(reviewedAt, locale),
                                time: (chunks) => <time dateTime={isoDate(reviewedAt)}>{chunks}</time>,
                              })}
                        </span>
                      ) : null}
                    </p>
                  ) : null}
                  <div className="mt-4 border-t border-slate-200 pt-4">
                    <SelfAssessmentForm
                      action={rateMyself}
                      competencyId={item.competencyId}
                      competencyName={item.name}
                      levels={item.levels}
                      initialLevel={rating?.level ?? null}
                      initialNote={rating?.note ?? ""}
                    />
                  </div>
                </section>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
