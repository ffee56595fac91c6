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

export async function EvidenceList({ evidence }: { evidence: readonly PassbookEvidence[] }) {
  const [t, locale] = await Promise.all([getTranslations("passbook"), getLocale()]);
  if (evidence.length === 0) return <p className="text-sm text-slate-600">{t("evidence.none")}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {evidence.map((item) => (
        <li key={item.id} className="py-2 text-sm">
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <StatusBadge tone={SOURCE_TONES[item.source]}>{t(`sources.${item.source}`)}</StatusBadge>
            <span className="font-medium text-slate-800">{t("evidence.level", { level: item.level })}</span>
            <span className="text-slate-600">
              <time dateTime={isoDate(item.awardedAt)}>{formatDate(item.awardedAt, locale)}</time>
              {item.awardedByName ? t("evidence.confirmedBy", { name: item.awardedByName }) : null}
            </span>
          </div>
          <p className="mt-1 text-slate-700">{item.evidence}</p>
          {item.certificateCode ? (
            <Link
              href={learnerCertificateHref(item.certificateCode)}
              className="mt-1 inline-flex min-h-11 items-center gap-1 font-semibold text-navy-700 underline underline-offset-2 sm:min-h-0"
            >
              <Award aria-hidden="true" className="size-4" />
              {t("evidence.viewCertificate")} <span className="sr-only">{item.certificateCode}</span>
            </Link>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
