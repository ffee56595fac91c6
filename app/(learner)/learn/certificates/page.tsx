import type { ReactNode } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { Award, ShieldCheck } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, isoDate } from "@/lib/domain/format-date";
import { CATALOGUE_HREF, learnerCertificateHref, verifyCertificateHref } from "@/lib/domain/routes";
import { requirePermission } from "@/lib/server/auth/session";
import { listOwnCertificates } from "@/lib/server/certificates/list-own-certificates";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { StatusBadge } from "@/components/status-badge";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("certificate.list");
  return { title: t("metaTitle") };
}

const PRIMARY_LINK = "inline-flex min-h-11 items-center gap-2 rounded-md bg-navy-800 px-4 text-sm font-semibold text-white hover:bg-navy-700";
const SECONDARY_LINK =
  "inline-flex min-h-11 items-center gap-2 rounded-md border border-navy-200 bg-white px-4 text-sm font-semibold text-navy-800 hover:bg-navy-50";

export default async function CertificatesPage() {
  const user = await requirePermission("learning:own");
  const [certificates, t, locale] = await Promise.all([listOwnCertificates(user.id), getTranslations("certificate.list"), getLocale()]);
  const sr = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;

  return (
    <div className="space-y-6">
      <PageHeading title={t("title")} description={t("intro")} />
      {certificates.length === 0 ? (
        <EmptyState
          title={t("empty")}
          icon={<Award className="size-10" />}
          action={
            <Link href={CATALOGUE_HREF} className={PRIMARY_LINK}>
              {t("browse")}
            </Link>
          }
        >
          {t("emptyBody")}
        </EmptyState>
      ) : (
        <ul className="grid gap-3 lg:grid-cols-2">
          {certificates.map((certificate) => (
            <li key={certificate.code} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <div className="flex flex-wrap items-center gap-2">
                <StatusBadge tone={certificate.kind === "PROGRAMME" ? "green" : "navy"}>
                  {certificate.kind === "PROGRAMME" ? t("programme") : t("course")}
                </StatusBadge>
                {certificate.revokedAt ? <StatusBadge tone="red">{t("revoked", { date: formatDate(certificate.revokedAt, locale) })}</StatusBadge> : null}
              </div>
              <div className="min-w-0">
                <h2 className="text-lg font-semibold break-words text-navy-900">
                  {certificate.title}
                  {certificate.courseVersion !== null ? <span className="font-normal text-slate-600"> · {t("version", { version: certificate.courseVersion })}</span> : null}
                </h2>
                <p className="text-sm text-slate-700">{certificate.providerName}</p>
                <p className="mt-1 text-sm text-slate-700">
                  {t.rich("issued", {
                    date: formatDate(certificate.issuedAt, locale),
                    time: (chunks) => <time dateTime={isoDate(certificate.issuedAt)}>{chunks}</time>,
                  })}{" "}
                  · <span className="font-mono tracking-wider text-navy-900">{certificate.code}</span>
                </p>
              </div>
              <div className="mt-auto flex flex-wrap gap-2">
                <Link href={learnerCertificateHref(certificate.code)} className={PRIMARY_LINK}>
                  <Award aria-hidden="true" className="size-4" /> {t.rich("open", { title: certificate.title, sr })}
                </Link>
                {certificate.revokedAt ? null : (
                  <Link href={verifyCertificateHref(certificate.code)} className={SECONDARY_LINK}>
                    <ShieldCheck aria-hidden="true" className="size-4" /> {t.rich("verify", { code: certificate.code, sr })}
                  </Link>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
