import type { ReactNode } from "react";
import Link from "next/link";
import { Award } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import type { PassbookEvidence, PassbookSourceName } from "@/lib/server/passbook/get-competency-passbook";
import { formatDate, isoDate } from "@/lib/domain/format-date";
import { learnerCertificateHref } from "@/lib/domain/routes";
import { StatusBadge, type BadgeTone } from "@/components/status-badge";

const SOURCE_TONES: Record<PassbookSourceName, BadgeTone> = {
  COURSE: "green",
  ASSESSMENT: "navy",
  SUPERVISOR: "amber",
  INSTITUTE: "green",
  SELF: "neutral",
};

type EvidenceListProps = {
  evidence: readonly PassbookEvidence[];
  /** Something to offer beside one entry, e.g. the reporting officer's revoke form. */
  actionFor?: (item: PassbookEvidence) => ReactNode;
};

/**
 * One competency's evidence, newest first. A revoked entry stays, struck through and labelled
 * with who revoked it and why, so the history is whole but nobody mistakes it for a level held.
 */
export async function EvidenceList({ evidence, actionFor }: EvidenceListProps) {
  const [t, locale] = await Promise.all([getTranslations("passbook"), getLocale()]);
  if (evidence.length === 0) return <p className="text-sm text-slate-600">{t("evidence.none")}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {evidence.map((item) => {
        const isRevoked = item.revokedAt !== null;
        return (
          <li key={item.id} className="py-2 text-sm">
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <StatusBadge tone={isRevoked ? "neutral" : SOURCE_TONES[item.source]}>{t(`sources.${item.source}`)}</StatusBadge>
              {isRevoked ? <StatusBadge tone="red">{t("evidence.revoked")}</StatusBadge> : null}
              <span className={`font-medium ${isRevoked ? "text-slate-600 line-through" : "text-slate-800"}`}>{t("evidence.level", { level: item.level })}</span>
              <span className="text-slate-600">
                <time dateTime={isoDate(item.awardedAt)}>{formatDate(item.awardedAt, locale)}</time>
                {item.awardedByName
                  ? item.source === "SUPERVISOR"
                    ? t("evidence.endorsedBy", { name: item.awardedByName })
                    : t("evidence.confirmedBy", { name: item.awardedByName })
                  : null}
              </span>
            </div>
            <p className={`mt-1 ${isRevoked ? "text-slate-600 line-through" : "text-slate-700"}`}>{item.evidence}</p>
            {item.revokedAt ? (
              <p className="mt-1 text-red-800">
                {t.rich(item.revokedByName ? "evidence.revokedBy" : "evidence.revokedOn", {
                  name: item.revokedByName ?? "",
                  date: formatDate(item.revokedAt, locale),
                  time: (chunks: ReactNode) => <time dateTime={isoDate(item.revokedAt ?? item.awardedAt)}>{chunks}</time>,
                })}
                {item.revokeReason ? <> {t("evidence.reason", { reason: item.revokeReason })}</> : null}
              </p>
            ) : null}
            {item.certificateCode && !isRevoked ? (
              <Link
                href={learnerCertificateHref(item.certificateCode)}
                className="mt-1 inline-flex min-h-11 items-center gap-1 font-semibold text-navy-700 underline underline-offset-2 sm:min-h-0"
              >
                <Award aria-hidden="true" className="size-4" />
                {t("evidence.viewCertificate")} <span className="sr-only">{item.certificateCode}</span>
              </Link>
            ) : null}
            {actionFor?.(item)}
          </li>
        );
      })}
    </ul>
  );
}
