import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BookMarked, Info, PartyPopper, Search, UserRoundPen } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { getCompetencyPassbook } from "@/lib/server/passbook/get-competency-passbook";
import { formatCount } from "@/lib/domain/format-count";
import { MAX_COMPETENCY_LEVEL } from "@/lib/domain/learning/passbook";
import { CATALOGUE_HREF, SELF_ASSESSMENT_HREF } from "@/lib/domain/routes";
import { EvidenceList } from "@/components/competency-evidence-list";
import { EmptyState } from "@/components/empty-state";
import { LevelMeter } from "@/components/level-meter";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";
import { SelfDeclaredLevelNote } from "@/components/self-declared-level";
import { StatCard, StatGrid } from "@/components/stat-card";
import { RequirementRow } from "./requirement-row";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("passbook");
  return { title: t("metaTitle") };
}

const COMPETENCY_TYPES = ["BEHAVIOURAL", "FUNCTIONAL", "DOMAIN"] as const;
const isCompetencyType = (type: string): type is (typeof COMPETENCY_TYPES)[number] => (COMPETENCY_TYPES as readonly string[]).includes(type);

export default async function PassbookPage() {
  const user = await requirePermission("learning:own");
  const [passbook, t] = await Promise.all([getCompetencyPassbook(user.id), getTranslations("passbook")]);
  if (!passbook) notFound();

  const { position, held, requirements, gapCount } = passbook;
  const metCount = requirements.length - gapCount;
  const heldCount = held.filter((competency) => competency.level > 0).length;

  return (
    <div className="space-y-6">
      <PageHeading
        eyebrow={t("eyebrow")}
        title={t("title")}
        description={
          position ? (
            <>
              {t.rich("post", { title: position.title, strong: (chunks) => <strong>{chunks}</strong> })}
              {position.roleNames.length > 0
                ? t(position.roleNames.length === 1 ? "roleOne" : "roleMany", { names: position.roleNames.join(", ") })
                : null}
            </>
          ) : (
            t("noPositionDescription")
          )
        }
        actions={
          requirements.length > 0 ? (
            <Link
              href={SELF_ASSESSMENT_HREF}
              className="inline-flex min-h-11 items-center gap-2 rounded-md border border-navy-700 bg-white px-4 text-sm font-semibold text-navy-800 hover:bg-navy-50"
            >
              <UserRoundPen aria-hidden="true" className="size-4" /> {t("rateYourself")}
            </Link>
          ) : null
        }
      />

      <StatGrid label={t("stats.label")} columns={3}>
        <StatCard label={t("stats.held")} value={heldCount} icon={<BookMarked className="size-4" />} />
        <StatCard label={t("stats.met")} value={metCount} hint={t("stats.ofRequired", { n: formatCount(requirements.length) })} />
        <StatCard label={t("stats.gaps")} value={gapCount} isWideOnPhone />
      </StatGrid>

      {!position ? (
        <p className="flex items-start gap-2 rounded-lg border border-navy-200 bg-navy-50 p-4 text-navy-900">
          <Info aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
          <span>
            {t.rich("noPosition", { strong: (chunks) => <strong>{chunks}</strong> })}
          </span>
        </p>
      ) : (
        <SectionCard
          id="role-requirements"
          title={t("requirements.title")}
          description={t("requirements.description")}
        >
          {requirements.length === 0 ? (
            <p className="text-slate-700">{t("requirements.none")}</p>
          ) : (
            <div className="space-y-3">
              {gapCount === 0 ? (
                <p className="flex items-start gap-3 rounded-lg border border-green-300 bg-green-50 p-4 text-green-900">
                  <PartyPopper aria-hidden="true" className="mt-0.5 size-6 shrink-0" />
                  <span>
                    {t.rich("requirements.allMet", { strong: (chunks) => <strong>{chunks}</strong> })}
                  </span>
                </p>
              ) : null}
              <ul className="grid gap-3 lg:grid-cols-2">
                {requirements.map((row) => (
                  <li key={row.competencyId}>
                    <RequirementRow row={row} />
                  </li>
                ))}
              </ul>
            </div>
          )}
        </SectionCard>
      )}

      {held.length === 0 ? (
        <EmptyState
          title={t("held.emptyTitle")}
          icon={<BookMarked className="size-10" />}
          action={
            <Link
              href={CATALOGUE_HREF}
              className="inline-flex min-h-11 items-center gap-2 rounded-md bg-navy-800 px-4 text-sm font-semibold text-white hover:bg-navy-700"
            >
              <Search aria-hidden="true" className="size-4" /> {t("held.findCourse")}
            </Link>
          }
        >
          {t("held.emptyBody")}
        </EmptyState>
      ) : (
        <SectionCard id="competencies-held" title={t("held.title")} description={t("held.description")}>
          <ul className="grid gap-3 lg:grid-cols-2">
            {held.map((competency) => (
              <li key={competency.competencyId}>
                <article aria-labelledby={`held-${competency.competencyId}`} className="h-full rounded-lg border border-slate-200 p-4">
                  <h3 id={`held-${competency.competencyId}`} className="text-base font-semibold text-navy-900">
                    {competency.name}
                  </h3>
                  <p className="text-sm text-slate-600">
                    {isCompetencyType(competency.type) ? t(`types.${competency.type}`) : competency.type} · {competency.area}
                  </p>
                  {competency.level === 0 ? (
                    <p className="mt-2 text-sm font-medium text-slate-700">{t("held.notHeld")}</p>
                  ) : (
                    <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                      <LevelMeter
                        current={competency.level}
                        required={competency.requiredLevel}
                        label={
                          competency.levelName
                            ? t("held.meterLabelNamed", { level: competency.level, max: MAX_COMPETENCY_LEVEL, name: competency.levelName })
                            : t("held.meterLabel", { level: competency.level, max: MAX_COMPETENCY_LEVEL })
                        }
                      />
                      <span className="font-semibold text-navy-900">
                        {t("held.level", { level: competency.level })}
                        {competency.levelName ? ` · ${competency.levelName}` : null}
                      </span>
                    </div>
                  )}
                  {competency.selfDeclared && competency.requiredLevel === null ? <SelfDeclaredLevelNote selfDeclared={competency.selfDeclared} /> : null}
                  <details className="mt-3" open={competency.evidence.length <= 2}>
                    <summary className="inline-flex min-h-11 items-center text-sm font-semibold text-navy-700 underline underline-offset-2">
                      {t("held.evidence", { count: competency.evidence.length })}
                    </summary>
                    <div className="mt-1">
                      <EvidenceList evidence={competency.evidence} />
                    </div>
                  </details>
                </article>
              </li>
            ))}
          </ul>
        </SectionCard>
      )}
    </div>
  );
}
