import type { ReactNode } from "react";
import { UserRoundPen } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import type { SelfDeclaredLevel } from "@/lib/server/passbook/get-competency-passbook";
import { formatDate, isoDate } from "@/lib/domain/format-date";
import { StatusBadge } from "@/components/status-badge";

/**
 * The official's own rating, set apart from the held level by its words ("not counted"), a dashed
 * outline and an icon, so it is never read as a level they hold.
 */
export async function SelfDeclaredLevelNote({ selfDeclared, children }: { selfDeclared: SelfDeclaredLevel; children?: ReactNode }) {
  const [t, locale] = await Promise.all([getTranslations("passbook.selfDeclared"), getLocale()]);
  const time = (chunks: ReactNode) => <time dateTime={selfDeclared.reviewedAt ? isoDate(selfDeclared.reviewedAt) : undefined}>{chunks}</time>;
  const reviewedAt = selfDeclared.reviewedAt;
  return (
    <div className="mt-3 rounded-md border border-dashed border-slate-400 bg-slate-50 p-3 text-sm text-slate-800">
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <UserRoundPen aria-hidden="true" className="size-4 shrink-0 text-slate-600" />
        <span className="font-semibold">
          {selfDeclared.levelName
            ? t("labelNamed", { level: selfDeclared.level, name: selfDeclared.levelName })
            : t("label", { level: selfDeclared.level })}
        </span>
        {selfDeclared.state === "PENDING" ? (
          <StatusBadge tone="amber">{t("pending")}</StatusBadge>
        ) : reviewedAt ? (
          <span className="text-slate-600">
            {selfDeclared.reviewedByName
              ? t.rich("reviewedBy", { name: selfDeclared.reviewedByName, date: formatDate(reviewedAt, locale), time })
              : t.rich("reviewedOn", { date: formatDate(reviewedAt, locale), time })}
          </span>
        ) : null}
      </p>
      {selfDeclared.note ? <p className="mt-1 text-slate-700">{t("note", { note: selfDeclared.note })}</p> : null}
      {children}
    </div>
  );
}
