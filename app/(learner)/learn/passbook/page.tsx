import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BookMarked, Info, PartyPopper, Search } from "lucide-react";
import { requirePermission } from "@/lib/server/auth/session";
import { getCompetencyPassbook } from "@/lib/server/passbook/get-competency-passbook";
import { MAX_COMPETENCY_LEVEL } from "@/lib/domain/learning/passbook";
import { CATALOGUE_HREF } from "@/lib/domain/routes";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";
import { StatCard, StatGrid } from "@/components/stat-card";
import { EvidenceList } from "./evidence-list";
import { LevelMeter } from "./level-meter";
import { RequirementRow } from "./requirement-row";

export const metadata: Metadata = { title: "Competency passbook" };

const TYPE_LABELS: Record<string, string> = { BEHAVIOURAL: "Behavioural", FUNCTIONAL: "Functional", DOMAIN: "Domain" };

export default async function PassbookPage() {
  const user = await requirePermission("learning:own");
  const passbook = await getCompetencyPassbook(user.id);
  if (!passbook) notFound();

  const { position, held, requirements, gapCount } = passbook;
  const metCount = requirements.length - gapCount;

  return (
    <div className="space-y-6">
      <PageHeading
        eyebrow="Competency passbook"
        title="Your competencies"
        description={
          position ? (
            <>
              Post: <strong>{position.title}</strong>
              {position.roleNames.length > 0 ? <> · FRAC {position.roleNames.length === 1 ? "role" : "roles"}: {position.roleNames.join(", ")}</> : null}
            </>
          ) : (
            "Evidence of every competency you have shown, at levels 1 to 5."
          )
        }
      />

      <StatGrid label="Your passbook at a glance" columns={3}>
        <StatCard label="Competencies held" value={held.length} icon={<BookMarked className="size-4" />} />
        <StatCard label="Role requirements met" value={metCount} hint={`of ${requirements.length} required`} />
        <StatCard label="Gaps to close" value={gapCount} isWideOnPhone />
      </StatGrid>

      {!position ? (
        <p className="flex items-start gap-2 rounded-lg border border-navy-200 bg-navy-50 p-4 text-navy-900">
          <Info aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
          <span>
            <strong>Your post has not been linked to a FRAC position yet.</strong> Once your organisation&rsquo;s administrator
            records it, this page will show the competencies your role requires and courses to close any gaps. Meanwhile,
            everything you learn still counts here.
          </span>
        </p>
      ) : (
        <SectionCard
          id="role-requirements"
          title="What your role requires"
          description="Largest gaps first, each with the published courses that help most."
        >
          {requirements.length === 0 ? (
            <p className="text-slate-700">No competencies have been mapped to your FRAC roles yet.</p>
          ) : (
            <div className="space-y-3">
              {gapCount === 0 ? (
                <p className="flex items-start gap-3 rounded-lg border border-green-300 bg-green-50 p-4 text-green-900">
                  <PartyPopper aria-hidden="true" className="mt-0.5 size-6 shrink-0" />
                  <span>
                    <strong>You meet every competency your role requires.</strong> Well done. Keep building: higher levels
                    prepare you for your next posting.
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
          title="No competencies recorded yet"
          icon={<BookMarked className="size-10" />}
          action={
            <Link
              href={CATALOGUE_HREF}
              className="inline-flex min-h-11 items-center gap-2 rounded-md bg-navy-800 px-4 text-sm font-semibold text-white hover:bg-navy-700"
            >
              <Search aria-hidden="true" className="size-4" /> Find a course
            </Link>
          }
        >
          Complete a course mapped to a competency and it appears here, with the certificate as evidence.
        </EmptyState>
      ) : (
        <SectionCard id="competencies-held" title="Competencies you hold" description="Your current level is the highest level evidenced.">
          <ul className="grid gap-3 lg:grid-cols-2">
            {held.map((competency) => (
              <li key={competency.competencyId}>
                <article aria-labelledby={`held-${competency.competencyId}`} className="h-full rounded-lg border border-slate-200 p-4">
                  <h3 id={`held-${competency.competencyId}`} className="text-base font-semibold text-navy-900">
                    {competency.name}
                  </h3>
                  <p className="text-sm text-slate-600">
                    {TYPE_LABELS[competency.type] ?? competency.type} · {competency.area}
                  </p>
                  <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                    <LevelMeter
                      current={competency.level}
                      required={competency.requiredLevel}
                      label={`Level ${competency.level} of ${MAX_COMPETENCY_LEVEL}${competency.levelName ? `, ${competency.levelName}` : ""}`}
                    />
                    <span className="font-semibold text-navy-900">
                      Level {competency.level}
                      {competency.levelName ? ` · ${competency.levelName}` : null}
                    </span>
                  </div>
                  <details className="mt-3" open={competency.evidence.length <= 2}>
                    <summary className="inline-flex min-h-11 items-center text-sm font-semibold text-navy-700 underline underline-offset-2">
                      Evidence ({competency.evidence.length})
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
