import type { ReactNode } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClipboardCheck, Info } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { getReporteePassbook } from "@/lib/server/team/get-reportee-passbook";
import { formatCount, percentOf } from "@/lib/domain/format-count";
import { TEAM_HREF } from "@/lib/domain/routes";
import { BackLink } from "@/components/back-link";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";
import { StatCard, StatGrid } from "@/components/stat-card";
import { StatusBadge } from "@/components/status-badge";
import { ReporteeRequirement } from "./reportee-requirement";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("team.detail");
  return { title: t("metaTitle") };
}

export default async function ReporteePage({ params }: { params: Promise<{ reporteeId: string }> }) {
  const { reporteeId } = await params;
  const officer = await requirePermission("learning:own");
  // Anyone who does not report to the officer is simply not found: no hint that the id exists.
  const view = await getReporteePassbook(officer, reporteeId);
  if (!view) notFound();
  const [t, tm] = await Promise.all([getTranslations("team.detail"), getTranslations("team.member")]);
  const { reportee, passbook, readiness } = view;
  const { position, requirements } = passbook;
  const evidenceOf = new Map(passbook.held.map((competency) => [competency.competencyId, competency.evidence]));
  const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;
  const designation = reportee.designation ?? "—";

  return (
    <div className="space-y-6">
      <BackLink href={TEAM_HREF}>{t("back")}</BackLink>
      <PageHeading
        eyebrow={t("eyebrow")}
        title={reportee.name}
        description={
          <>
            <p>{position ? t("description", { designation, post: position.title }) : t("noPostDescription", { designation })}</p>
            {reportee.organisationName ? <p className="text-sm text-slate-600">{t("organisation", { organisation: reportee.organisationName })}</p> : null}
            {reportee.isSuspended ? (
              <p className="mt-2">
                <StatusBadge tone="red">{tm("suspended")}</StatusBadge>
              </p>
            ) : null}
          </>
        }
      />

      {!position ? (
        <p className="flex items-start gap-2 rounded-lg border border-navy-200 bg-navy-50 p-4 text-navy-900">
          <Info aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
          <span>{t.rich("noPost", { name: reportee.name, strong })}</span>
        </p>
      ) : (
        <>
          <StatGrid label={t("statsLabel", { name: reportee.name })} columns={4}>
            <StatCard label={t("met")} value={readiness.met} hint={t("ofRequired", { n: formatCount(readiness.requirements) })} />
            <StatCard
              label={t("weighted")}
              value={percentOf(readiness.levelsRequired - readiness.levelsMissing, readiness.levelsRequired)}
              suffix="%"
              hint={t("weightedHint", { held: formatCount(readiness.levelsRequired - readiness.levelsMissing), required: formatCount(readiness.levelsRequired) })}
            />
            <StatCard label={t("gaps")} value={passbook.gapCount} />
            <StatCard label={t("pending")} value={view.pendingSelfAssessments} icon={<ClipboardCheck className="size-4" />} />
          </StatGrid>
          <SectionCard id="post-requirements" title={t("requirementsTitle")} description={t("requirementsDescription")}>
            {requirements.length === 0 ? (
              <p className="text-slate-700">{t("none")}</p>
            ) : (
              <ul className="grid gap-3 lg:grid-cols-2">
                {requirements.map((row) => (
                  <li key={row.competencyId}>
                    <ReporteeRequirement
                      row={row}
                      evidence={evidenceOf.get(row.competencyId) ?? []}
                      reporteeId={reportee.id}
                      officerId={officer.id}
                      levels={view.levelsByCompetency.get(row.competencyId)}
                    />
                  </li>
                ))}
              </ul>
            )}
          </SectionCard>
        </>
      )}
    </div>
  );
}
