import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Medal, Sparkles, Timer, Trophy } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { getKarmaSummary } from "@/lib/server/karma/get-karma-summary";
import { getLearningWeekBoard, type LearningWeekScope } from "@/lib/server/karma/get-learning-week-board";
import { getOrganisationKarmaBoard, LEADERBOARD_SIZE } from "@/lib/server/karma/get-organisation-leaderboard";
import { formatCount } from "@/lib/domain/format-count";
import { formatDate, isoDate } from "@/lib/domain/format-date";
import { formatLearningSeconds } from "@/lib/domain/format-duration";
import { KARMA_RULE_LIST, NON_PLAN_COURSES_PER_MONTH, karmaRuleLabel } from "@/lib/domain/learning/karma-points";
import { LEADERBOARD_HREF } from "@/lib/domain/routes";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";
import { LeaderboardTable } from "./leaderboard-table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("leaderboard");
  return { title: t("metaTitle") };
}

const SCOPES: readonly LearningWeekScope[] = ["government", "organisation"];

function parseScope(raw: string | string[] | undefined): LearningWeekScope {
  return (Array.isArray(raw) ? raw[0] : raw) === "organisation" ? "organisation" : "government";
}

const scopeHref = (scope: LearningWeekScope) => (scope === "government" ? `${LEADERBOARD_HREF}#learning-week` : `${LEADERBOARD_HREF}?week=organisation#learning-week`);
const points = (value: number) => formatCount(value);

export default async function LeaderboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("learning:own");
  const scope = parseScope((await searchParams).week);
  const [karma, organisationBoard, weekBoard, t, locale] = await Promise.all([
    getKarmaSummary(user.id),
    getOrganisationKarmaBoard(user.id),
    getLearningWeekBoard(user.id, scope),
    getTranslations("leaderboard"),
    getLocale(),
  ]);
  if (!karma) notFound();
  const lastDay = new Date(weekBoard.week.end.getTime() - 1);
  const hours = (seconds: number) => formatLearningSeconds(seconds, locale);
  const tableLabels = { rank: t("table.rank"), official: t("table.official"), you: t("table.you") };

  return (
    <div className="space-y-6">
      <PageHeading
        eyebrow={t("eyebrow")}
        title={t("title")}
        description={t("description")}
      />

      <dl aria-label={t("standing.label")} className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <dt className="flex items-center gap-2 text-sm font-medium text-slate-600">
            <Sparkles aria-hidden="true" className="size-4 text-navy-600" /> {t("standing.points")}
          </dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums text-navy-900">{formatCount(karma.points)}</dd>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <dt className="flex items-center gap-2 text-sm font-medium text-slate-600">
            <Trophy aria-hidden="true" className="size-4 text-navy-600" /> {t("standing.organisationRank")}
          </dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums text-navy-900">
            {organisationBoard.me ? formatCount(organisationBoard.me.rank) : "—"}
          </dd>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <dt className="flex items-center gap-2 text-sm font-medium text-slate-600">
            <Timer aria-hidden="true" className="size-4 text-navy-600" /> {t("standing.weekTime")}
          </dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums text-navy-900">{hours(weekBoard.me?.score ?? 0)}</dd>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <dt className="flex items-center gap-2 text-sm font-medium text-slate-600">
            <Medal aria-hidden="true" className="size-4 text-navy-600" /> {t("standing.weekRank")}
          </dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums text-navy-900">
            {weekBoard.me && weekBoard.me.score > 0 ? formatCount(weekBoard.me.rank) : "—"}
          </dd>
          <dd className="mt-1 text-xs text-slate-600">{t(`scopes.${scope}`)}</dd>
        </div>
      </dl>

      <div className="grid gap-6 lg:grid-cols-2">
        <SectionCard
          id="organisation-board"
          title={t("organisation.title")}
          description={
            organisationBoard.organisationName
              ? t("organisation.description", { size: formatCount(LEADERBOARD_SIZE), organisation: organisationBoard.organisationName })
              : undefined
          }
        >
          {!organisationBoard.organisationName ? (
            <p className="text-slate-700">{t("organisation.notRecorded")}</p>
          ) : organisationBoard.entries.length === 0 ? (
            <p className="text-slate-700">{t("organisation.empty")}</p>
          ) : (
            <LeaderboardTable
              board={organisationBoard}
              caption={t("organisation.caption", { organisation: organisationBoard.organisationName })}
              scoreHeading={t("organisation.points")}
              labels={tableLabels}
              formatScore={points}
              showMyRow
            />
          )}
        </SectionCard>

        <section aria-labelledby="learning-week" className="rounded-lg border border-slate-200 bg-white shadow-sm">
          <div className="border-b border-slate-200 px-4 py-3 sm:px-5">
            <h2 id="learning-week" className="text-lg font-semibold text-navy-900">
              {t("week.title")}
            </h2>
            <p className="mt-0.5 text-sm text-slate-600">
              {t.rich("week.range", {
                start: formatDate(weekBoard.week.start, locale),
                end: formatDate(lastDay, locale),
                startTime: (chunks) => <time dateTime={isoDate(weekBoard.week.start)}>{chunks}</time>,
                endTime: (chunks) => <time dateTime={isoDate(lastDay)}>{chunks}</time>,
              })}
            </p>
            <nav aria-label={t("week.scopeLabel")} className="mt-3">
              <ul className="inline-flex rounded-md border border-slate-300 p-0.5">
                {SCOPES.map((option) => (
                  <li key={option}>
                    <Link
                      href={scopeHref(option)}
                      scroll={false}
                      aria-current={option === scope ? "page" : undefined}
                      className={`flex min-h-10 items-center rounded px-3 text-sm font-semibold ${
                        option === scope ? "bg-navy-800 text-white" : "text-navy-800 hover:bg-navy-50"
                      }`}
                    >
                      {t(`scopes.${option}`)}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
          <div className="p-3 sm:p-5">
            {weekBoard.entries.length === 0 ? (
              <p className="text-slate-700">
                {t("week.empty")}
              </p>
            ) : (
              <LeaderboardTable
                board={weekBoard}
                caption={scope === "government" ? t("week.captionGovernment") : t("week.captionOrganisation")}
                scoreHeading={t("week.time")}
                labels={tableLabels}
                formatScore={hours}
                showMyRow={(weekBoard.me?.score ?? 0) > 0}
              />
            )}
          </div>
        </section>
      </div>

      <SectionCard
        id="how-earned"
        title={t("earned.title")}
        description={
          karma.awardCount > karma.awards.length
            ? t("earned.latest", { shown: formatCount(karma.awards.length), total: formatCount(karma.awardCount) })
            : undefined
        }
      >
        {karma.awards.length === 0 ? (
          <p className="text-slate-700">{t("earned.empty")}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {karma.awards.map((award) => (
              <li key={award.id} className="flex items-start justify-between gap-4 py-2 text-sm">
                <span>
                  <span className="block font-medium text-navy-900">{karmaRuleLabel(award.rule, locale) ?? award.label}</span>
                  <span className="block text-slate-600">
                    {award.sourceName ? `${award.sourceName} · ` : null}
                    <time dateTime={isoDate(award.awardedAt)}>{formatDate(award.awardedAt, locale)}</time>
                  </span>
                </span>
                <span className="shrink-0 font-semibold tabular-nums text-green-800">+{formatCount(award.points)}</span>
              </li>
            ))}
          </ul>
        )}
      </SectionCard>

      <SectionCard id="how-to-earn" title={t("earn.title")}>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("earn.caption")}</caption>
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="py-2 pr-4 font-semibold">
                {t("earn.activity")}
              </th>
              <th scope="col" className="py-2 text-right font-semibold">
                {t("earn.points")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {KARMA_RULE_LIST.map((rule) => (
              <tr key={rule.event}>
                <th scope="row" className="py-2 pr-4 font-normal text-slate-800">
                  {rule.label[locale]}
                </th>
                <td className="py-2 text-right font-semibold tabular-nums text-navy-900">{formatCount(rule.points)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-3 text-sm text-slate-600">{t("earn.monthlyCap", { count: NON_PLAN_COURSES_PER_MONTH })}</p>
      </SectionCard>
    </div>
  );
}
