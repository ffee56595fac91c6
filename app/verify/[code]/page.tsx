import type { Metadata } from "next";
import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { BadgeCheck, SearchX, ShieldAlert } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, isoDate } from "@/lib/domain/format-date";
import { verifyCertificate } from "@/lib/server/certificates/verify-certificate";
import { VerifyForm } from "../verify-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("verify.result");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

type PageProps = { params: Promise<{ code: string }> };

export default async function VerifyCodePage({ params }: PageProps) {
  const { code: raw } = await params;
  const verification = await verifyCertificate({ code: raw.slice(0, 64) });
  // A code typed in another form (lower case, no dashes) moves to its canonical address.
  if (verification.status !== "INVALID_CODE" && verification.code !== raw) redirect(`/verify/${verification.code}`);
  const [t, tErrors, locale] = await Promise.all([getTranslations("verify.result"), getTranslations("errors"), getLocale()]);
  const mono = (chunks: ReactNode) => <span className="font-mono font-semibold tracking-wider">{chunks}</span>;

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-navy-900 sm:text-3xl">{t("title")}</h1>

      {verification.status === "VALID" ? (
        <section aria-labelledby="verdict" className="rounded-lg border-2 border-green-700 bg-green-50 p-5">
          <h2 id="verdict" className="flex items-center gap-2 text-xl font-bold text-green-900">
            <BadgeCheck aria-hidden="true" className="size-7" /> {t("valid")}
          </h2>
          <dl className="mt-4 grid gap-3 sm:grid-cols-[max-content_1fr] sm:gap-x-6">
            <Row label={t("awardedTo")} value={verification.holderName} />
            <Row label={verification.kind === "PROGRAMME" ? t("programme") : t("course")} value={verification.courseVersion === null ? verification.courseTitle : t("courseWithVersion", { course: verification.courseTitle, version: verification.courseVersion })} />
            <Row label={t("provider")} value={verification.providerName} />
            <Row label={t("issued")} value={<time dateTime={isoDate(verification.issuedAt)}>{formatDate(verification.issuedAt, locale)}</time>} />
            <Row label={t("code")} value={<span className="font-mono tracking-wider">{verification.code}</span>} />
          </dl>
        </section>
      ) : verification.status === "REVOKED" ? (
        <section aria-labelledby="verdict" className="rounded-lg border-2 border-red-700 bg-red-50 p-5">
          <h2 id="verdict" className="flex items-center gap-2 text-xl font-bold text-red-900">
            <ShieldAlert aria-hidden="true" className="size-7" /> {t("revoked")}
          </h2>
          <p className="mt-3 text-red-900">
            {t.rich("revokedBody", {
              code: verification.code,
              kind: verification.kind,
              mono,
              course: verification.courseTitle,
              date: formatDate(verification.revokedAt, locale),
              time: (chunks) => <time dateTime={isoDate(verification.revokedAt)}>{chunks}</time>,
            })}
          </p>
        </section>
      ) : (
        <section aria-labelledby="verdict" className="rounded-lg border-2 border-amber-600 bg-amber-50 p-5">
          <h2 id="verdict" className="flex items-center gap-2 text-xl font-bold text-amber-900">
            <SearchX aria-hidden="true" className="size-7" /> {t("notFound")}
          </h2>
          <p className="mt-3 text-amber-950">
            {verification.status === "NOT_FOUND"
              ? t.rich("notFoundBody", { code: verification.code, mono })
              : tErrors("INVALID_CERTIFICATE_CODE")}
          </p>
        </section>
      )}

      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <h2 className="mb-3 text-lg font-semibold text-navy-900">{t("another")}</h2>
        <VerifyForm />
      </div>
    </div>
  );
}

function Row({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div className="contents">
      <dt className="font-semibold text-slate-700">{label}</dt>
      <dd className="break-words text-navy-900">{value}</dd>
    </div>
  );
}
