import Link from "next/link";
import { ChevronRight } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { TeamMember } from "@/lib/server/team/list-team";
import { formatCount, percentOf } from "@/lib/domain/format-count";
import { teamMemberHref } from "@/lib/domain/routes";
import { StatusBadge } from "@/components/status-badge";

/** One reportee: who they are, their learning and readiness, and what waits for the officer. */
export async function TeamMemberCard({ member }: { member: TeamMember }) {
  const t = await getTranslations("team.member");
  const { summary } = member;
  const { readiness } = summary;
  const headingId = `member-${member.id}`;
  const facts: [label: string, value: string][] = [
    [t("inProgress"), formatCount(summary.coursesInProgress)],
    [t("completed"), formatCount(summary.coursesCompleted)],
    [t("overdue"), formatCount(summary.overdueAssignedCourses)],
    [t("gaps"), summary.hasRequirements ? formatCount(summary.gapCount) : "—"],
  ];
  return (
    <article aria-labelledby={headingId} className="flex h-full flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={headingId} className="text-base font-semibold text-navy-900">
            <Link href={teamMemberHref(member.id)} className="underline-offset-2 hover:underline">
              {member.name}
            </Link>
          </h3>
          <p className="text-sm text-slate-700">{[member.designation, member.postTitle ?? t("noPost")].filter(Boolean).join(" · ")}</p>
        </div>
        <div className="flex flex-wrap gap-1">
          {member.isSuspended ? <StatusBadge tone="red">{t("suspended")}</StatusBadge> : null}
          {summary.pendingSelfAssessments > 0 ? <StatusBadge tone="amber">{t("pending", { count: summary.pendingSelfAssessments })}</StatusBadge> : null}
        </div>
      </div>
      <dl aria-label={t("factsLabel", { name: member.name })} className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-4">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-slate-600">{label}</dt>
            <dd className="font-semibold tabular-nums text-navy-900">{value}</dd>
          </div>
        ))}
        <div className="col-span-2 sm:col-span-4">
          <dt className="text-slate-600">{t("readiness")}</dt>
          <dd className="font-semibold text-navy-900">
            {summary.hasRequirements
              ? t("readinessValue", {
                  met: percentOf(readiness.met, readiness.requirements),
                  weighted: percentOf(readiness.levelsRequired - readiness.levelsMissing, readiness.levelsRequired),
                })
              : t("readinessNone")}
          </dd>
        </div>
      </dl>
      <Link
        href={teamMemberHref(member.id)}
        className="mt-auto inline-flex min-h-11 items-center gap-1 self-start pt-3 text-sm font-semibold text-navy-700 underline underline-offset-2"
      >
        {t("open", { name: member.name })} <ChevronRight aria-hidden="true" className="size-4" />
      </Link>
    </article>
  );
}
