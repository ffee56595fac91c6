import type { ReactNode } from "react";
import { CheckCircle2 } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { PassbookEvidence, RoleRequirementRow } from "@/lib/server/passbook/get-competency-passbook";
import { COMPETENCY_LEVELS } from "@/lib/domain/competency/endorsement";
import { MAX_COMPETENCY_LEVEL } from "@/lib/domain/learning/passbook";
import { EvidenceList } from "@/components/competency-evidence-list";
import { LevelMeter } from "@/components/level-meter";
import { SelfDeclaredLevelNote } from "@/components/self-declared-level";
import { StatusBadge } from "@/components/status-badge";
import { DeclineForm } from "./decline-form";
import { EndorseForm } from "./endorse-form";
import { RevokeForm } from "./revoke-form";

type ReporteeRequirementProps = {
  row: RoleRequirementRow;
  evidence: readonly PassbookEvidence[];
  reporteeId: string;
  officerId: string;
  levels: readonly { level: number; name: string }[] | undefined;
};

/** One requirement of the reportee's post as their reporting officer reviews it. */
export async function ReporteeRequirement({ row, evidence, reporteeId, officerId, levels }: ReporteeRequirementProps) {
  const [t, tr, tf] = await Promise.all([getTranslations("team.detail"), getTranslations("passbook.row"), getTranslations("competencyForms")]);
  const levelText = (level: number, name: string | null): string => {
    if (level === 0) return tr("noEvidence");
    return name ? tr("levelOfNamed", { level, max: MAX_COMPETENCY_LEVEL, name }) : tr("levelOf", { level, max: MAX_COMPETENCY_LEVEL });
  };
  const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;
  const isMet = row.gap === 0;
  const headingId = `requirement-${row.competencyId}`;
  const isPending = row.selfDeclared?.state === "PENDING";
  // Only the endorser takes back their own endorsement here; an MDO admin does it from their console.
  const revokeFor = (item: PassbookEvidence) =>
    item.source === "SUPERVISOR" && item.awardedById === officerId && item.revokedAt === null ? <RevokeForm entryId={item.id} /> : null;

  return (
    <article aria-labelledby={headingId} className={`rounded-lg border bg-white p-4 ${isMet ? "border-slate-200" : "border-amber-300 border-l-4 border-l-amber-600"}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={headingId} className="text-base font-semibold text-navy-900">
          {row.name}
        </h3>
        {isMet ? (
          <StatusBadge tone="green">
            <CheckCircle2 aria-hidden="true" className="size-3.5" /> {tr("met")}
          </StatusBadge>
        ) : (
          <StatusBadge tone="amber">{tr("levelsToGo", { count: row.gap })}</StatusBadge>
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
            held: row.current === 0 ? tr("notYetShown") : tr("level", { level: row.current }),
            required: tr("level", { level: row.required }),
            strong,
          })}
          {row.requiredLevelName ? ` (${row.requiredLevelName})` : null}
        </span>
      </div>

      {row.selfDeclared ? (
        <SelfDeclaredLevelNote selfDeclared={row.selfDeclared}>
          {isPending ? <DeclineForm reporteeId={reporteeId} competencyId={row.competencyId} competencyName={row.name} /> : null}
        </SelfDeclaredLevelNote>
      ) : null}

      {evidence.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">{t("noEvidence")}</p>
      ) : (
        <details className="mt-3" open={evidence.length <= 2}>
          <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-semibold text-navy-700 underline underline-offset-2">
            {t("evidenceTitle", { count: evidence.length })}
          </summary>
          <div className="mt-1">
            <EvidenceList evidence={evidence} actionFor={revokeFor} />
          </div>
        </details>
      )}

      {/* Closed until asked for: an open prop would close it again once the endorsement answers the pending rating. */}
      <details className="mt-1 border-t border-slate-200 pt-1">
        <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-semibold text-navy-700 underline underline-offset-2">
          {tf("endorse.summary", { competency: row.name })}
        </summary>
        <div className="mt-2">
          <EndorseForm
            reporteeId={reporteeId}
            competencyId={row.competencyId}
            competencyName={row.name}
            levels={levels ?? COMPETENCY_LEVELS.map((level) => ({ level, name: null }))}
          />
        </div>
      </details>
    </article>
  );
}
