import type { Metadata } from "next";
import { ClipboardCheck, Users } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { listTeam } from "@/lib/server/team/list-team";
import { percentOf } from "@/lib/domain/format-count";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";
import { StatCard, StatGrid } from "@/components/stat-card";
import { TeamMemberCard } from "./team-member-card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("team");
  return { title: t("metaTitle") };
}

export default async function TeamPage() {
  const user = await requirePermission("learning:own");
  const [team, t] = await Promise.all([listTeam(user), getTranslations("team")]);
  const { members, totals } = team;

  return (
    <div className="space-y-6">
      <PageHeading eyebrow={t("eyebrow")} title={t("title")} description={t("description")} />
      {members.length === 0 ? (
        <EmptyState title={t("empty.title")} icon={<Users className="size-10" />}>
          {t("empty.body")}
        </EmptyState>
      ) : (
        <>
          <StatGrid label={t("stats.label")} columns={4}>
            <StatCard label={t("stats.reportees")} value={totals.reportees} icon={<Users className="size-4" />} />
            <StatCard label={t("stats.pending")} value={totals.pendingSelfAssessments} icon={<ClipboardCheck className="size-4" />} />
            <StatCard label={t("stats.withGaps")} value={totals.withGaps} />
            {totals.levelsRequired > 0 ? (
              <StatCard label={t("stats.readiness")} value={percentOf(totals.levelsRequired - totals.levelsMissing, totals.levelsRequired)} suffix="%" hint={t("stats.readinessHint")} />
            ) : null}
          </StatGrid>
          <SectionCard id="reportees" title={t("list.title")} description={t("list.description")}>
            <ul className="grid gap-3 lg:grid-cols-2">
              {members.map((member) => (
                <li key={member.id}>
                  <TeamMemberCard member={member} />
                </li>
              ))}
            </ul>
          </SectionCard>
        </>
      )}
    </div>
  );
}
