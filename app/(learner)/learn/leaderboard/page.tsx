import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Medal, Sparkles, Timer, Trophy } from "lucide-react";
import { requirePermission } from "@/lib/server/auth/session";
import { getKarmaSummary } from "@/lib/server/karma/get-karma-summary";
import { getLearningWeekBoard, type LearningWeekScope } from "@/lib/server/karma/get-learning-week-board";
import { getOrganisationKarmaBoard, LEADERBOARD_SIZE } from "@/lib/server/karma/get-organisation-leaderboard";
import { formatCount } from "@/lib/domain/format-count";
import { formatDate, isoDate } from "@/lib/domain/format-date";
import { formatLearningSeconds } from "@/lib/domain/format-duration";
import { KARMA_RULE_LIST } from "@/lib/domain/learning/karma-points";
import { LEADERBOARD_HREF } from "@/lib/domain/routes";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";
import { LeaderboardTable } from "./leaderboard-table";

export const metadata: Metadata = { title: "Karma points and leaderboards" };

const SCOPES: readonly { key: LearningWeekScope; label: string }[] = [
  { key: "government", label: "Across government" },
  { key: "organisation", label: "In your organisation" },
];

function parseScope(raw: string | string[] | undefined): LearningWeekScope {
  return (Array.isArray(raw) ? raw[0] : raw) === "organisation" ? "organisation" : "government";
}

const scopeHref = (scope: LearningWeekScope) => (scope === "government" ? `${LEADERBOARD_HREF}#learning-week` : `${LEADERBOARD_HREF}?week=organisation#learning-week`);
const points = (value: number) => formatCount(value);

export default async function LeaderboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("learning:own");
  const scope = parseScope((await searchParams).week);
  const [karma, organisationBoard, weekBoard] = await Promise.all([
    getKarmaSummary(user.id),
    getOrganisationKarmaBoard(user.id),
    getLearningWeekBoard(user.id, scope),
  ]);
  if (!karma) notFound();
  const lastDay = new Date(weekBoard.week.end.getTime() - 1);

  return (
    <div className="space-y-6">
      <PageHeading
        eyebrow="Karma points"
        title="Karma points and leaderboards"
        description="Points for completing courses, rating them and attending sessions, and who is learning most this week."
      />

      <dl aria-label="Your standing" className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <dt className="flex items-center gap-2 text-sm font-medium text-slate-600">
            <Sparkles aria-hidden="true" className="size-4 text-navy-600" /> Your Karma Points
          </dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums text-navy-900">{formatCount(karma.points)}</dd>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <dt className="flex items-center gap-2 text-sm font-medium text-slate-600">
            <Trophy aria-hidden="true" className="size-4 text-navy-600" /> Rank in your organisation
          </dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums text-navy-900">
            {organisationBoard.me ? formatCount(organisationBoard.me.rank) : "—"}
          </dd>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <dt className="flex items-center gap-2 text-sm font-medium text-slate-600">
            <Timer aria-hidden="true" className="size-4 text-navy-600" /> Learning Week time
          </dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums text-navy-900">{formatLearningSeconds(weekBoard.me?.score ?? 0)}</dd>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <dt className="flex items-center gap-2 text-sm font-medium text-slate-600">
            <Medal aria-hidden="true" className="size-4 text-navy-600" /> Learning Week rank
          </dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums text-navy-900">
            {weekBoard.me && weekBoard.me.score > 0 ? formatCount(weekBoard.me.rank) : "—"}
          </dd>
          <dd className="mt-1 text-xs text-slate-600">{scope === "government" ? "Across government" : "In your organisation"}</dd>
        </div>
      </dl>

      <div className="grid gap-6 lg:grid-cols-2">
        <SectionCard
          id="organisation-board"
          title="Your organisation"
          description={organisationBoard.organisationName ? `Top ${formatCount(LEADERBOARD_SIZE)} by Karma Points in ${organisationBoard.organisationName}.` : undefined}
        >
          {!organisationBoard.organisationName ? (
            <p className="text-slate-700">Your organisation has not been recorded yet, so there is no organisation board for you.</p>
          ) : organisationBoard.entries.length === 0 ? (
            <p className="text-slate-700">Nobody in your organisation has earned Karma Points yet. Complete a course to lead the board.</p>
          ) : (
            <LeaderboardTable
              board={organisationBoard}
              caption={`Karma Points leaderboard for ${organisationBoard.organisationName}`}
              scoreHeading="Points"
              formatScore={points}
              showMyRow
            />
          )}
        </SectionCard>

        <section aria-labelledby="learning-week" className="rounded-lg border border-slate-200 bg-white shadow-sm">
          <div className="border-b border-slate-200 px-4 py-3 sm:px-5">
            <h2 id="learning-week" className="text-lg font-semibold text-navy-900">
              National Learning Week
            </h2>
            <p className="mt-0.5 text-sm text-slate-600">
              Competency-linked learning,{" "}
              <time dateTime={isoDate(weekBoard.week.start)}>{formatDate(weekBoard.week.start)}</time> to{" "}
              <time dateTime={isoDate(lastDay)}>{formatDate(lastDay)}</time>.
            </p>
            <nav aria-label="Learning Week board scope" className="mt-3">
              <ul className="inline-flex rounded-md border border-slate-300 p-0.5">
                {SCOPES.map((option) => (
                  <li key={option.key}>
                    <Link
                      href={scopeHref(option.key)}
                      scroll={false}
                      aria-current={option.key === scope ? "page" : undefined}
                      className={`flex min-h-10 items-center rounded px-3 text-sm font-semibold ${
                        option.key === scope ? "bg-navy-800 text-white" : "text-navy-800 hover:bg-navy-50"
                      }`}
                    >
                      {option.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
          <div className="p-3 sm:p-5">
            {weekBoard.entries.length === 0 ? (
              <p className="text-slate-700">
                No competency-linked learning has been recorded this week yet. An hour today puts you at the top.
              </p>
            ) : (
              <LeaderboardTable
                board={weekBoard}
                caption={`National Learning Week leaderboard, ${scope === "government" ? "across government" : "in your organisation"}`}
                scoreHeading="Time"
                formatScore={formatLearningSeconds}
                showMyRow={(weekBoard.me?.score ?? 0) > 0}
              />
            )}
          </div>
        </section>
      </div>

      <SectionCard
        id="how-earned"
        title="How you earned your points"
        description={karma.awardCount > karma.awards.length ? `Your latest ${formatCount(karma.awards.length)} of ${formatCount(karma.awardCount)} awards.` : undefined}
      >
        {karma.awards.length === 0 ? (
          <p className="text-slate-700">No points yet. Complete a course, rate it or attend a session to earn your first.</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {karma.awards.map((award) => (
              <li key={award.id} className="flex items-start justify-between gap-4 py-2 text-sm">
                <span>
                  <span className="block font-medium text-navy-900">{award.label}</span>
                  <span className="block text-slate-600">
                    {award.sourceName ? `${award.sourceName} · ` : null}
                    <time dateTime={isoDate(award.awardedAt)}>{formatDate(award.awardedAt)}</time>
                  </span>
                </span>
                <span className="shrink-0 font-semibold tabular-nums text-green-800">+{formatCount(award.points)}</span>
              </li>
            ))}
          </ul>
        )}
      </SectionCard>

      <SectionCard id="how-to-earn" title="How to earn Karma Points">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Karma Points for each activity</caption>
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="py-2 pr-4 font-semibold">
                Activity
              </th>
              <th scope="col" className="py-2 text-right font-semibold">
                Points
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {KARMA_RULE_LIST.map((rule) => (
              <tr key={rule.event}>
                <th scope="row" className="py-2 pr-4 font-normal text-slate-800">
                  {rule.label.en}
                  <span lang="hi" className="block text-xs text-slate-600">
                    {rule.label.hi}
                  </span>
                </th>
                <td className="py-2 text-right font-semibold tabular-nums text-navy-900">{formatCount(rule.points)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </SectionCard>
    </div>
  );
}
