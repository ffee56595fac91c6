import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AlertTriangle } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, isoDate } from "@/lib/domain/format-date";
import { formatDurationMinutes } from "@/lib/domain/format-duration";
import { MAX_COMPETENCY_LEVEL } from "@/lib/domain/learning/passbook";
import { CERTIFICATES_HREF } from "@/lib/domain/routes";
import { requirePermission } from "@/lib/server/auth/session";
import { getOwnCertificate } from "@/lib/server/certificates/get-own-certificate";
import { renderVerificationQr } from "@/lib/server/certificates/render-verification-qr";
import { verificationUrl } from "@/lib/server/certificates/verification-url";
import { PrintButton } from "./print-button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("certificate");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

type PageProps = { params: Promise<{ code: string }> };

// The app's header, navigation and footer never print (print:hidden in the shell). Tailwind has
// no utility for @page, so this sheet, rendered only here, sets A4 landscape and lets the
// certificate fill it.
const PRINT_SHEET = `
@media print {
  @page { size: A4 landscape; margin: 10mm; }
  body { background: #fff !important; }
  main#main-content { max-width: none !important; padding: 0 !important; margin: 0 !important; }
}`;

export default async function CertificatePage({ params }: PageProps) {
  const user = await requirePermission("learning:own");
  const { code } = await params;
  const [certificate, t, locale] = await Promise.all([getOwnCertificate({ userId: user.id, code }), getTranslations("certificate"), getLocale()]);
  if (!certificate) notFound();

  const url = await verificationUrl(certificate.code);
  const qrSvg = await renderVerificationQr(url);
  // Letter-spacing, capitals and the serif face suit Latin script; Devanagari keeps its own shapes.
  const isLatin = locale === "en";
  const isProgramme = certificate.kind === "PROGRAMME";
  const placement = [certificate.designation, certificate.organisationName].filter(Boolean).join(", ");

  return (
    <div className="space-y-5 print:space-y-0">
      <style>{PRINT_SHEET}</style>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between print:hidden">
        <div>
          <h1 className="text-2xl font-bold text-navy-900">{t("heading")}</h1>
          <p className="text-slate-700">{t("intro")}</p>
        </div>
        <div className="flex flex-wrap gap-3">
          <PrintButton />
          <Link
            href={CERTIFICATES_HREF}
            className="inline-flex min-h-11 items-center rounded-md border border-navy-200 bg-white px-4 font-semibold text-navy-800 hover:bg-navy-50"
          >
            {t("list.title")}
          </Link>
        </div>
      </div>

      {certificate.revokedAt ? (
        <p className="flex items-start gap-2 rounded-lg border border-red-300 bg-red-50 p-4 font-semibold text-red-900">
          <AlertTriangle aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
          {t("revoked", { date: formatDate(certificate.revokedAt, locale) })}
        </p>
      ) : null}

      <article
        aria-label={t("articleLabel")}
        className="relative overflow-hidden rounded-lg border-8 border-double border-navy-800 bg-white p-5 text-center shadow-sm sm:p-10 print:flex print:h-[186mm] print:flex-col print:justify-between print:rounded-none print:p-[10mm] print:shadow-none print:[print-color-adjust:exact]"
      >
        <div aria-hidden="true" className="absolute inset-x-0 top-0 flex h-2">
          <span className="flex-1 bg-saffron-400" />
          <span className="flex-1 bg-white" />
          <span className="flex-1 bg-india-green-600" />
        </div>

        <header>
          <p className={`text-sm font-semibold text-saffron-700 ${isLatin ? "tracking-[0.25em] uppercase" : ""}`}>{t("brand")}</p>
          <h2 className={`mt-3 text-3xl font-bold text-navy-900 sm:text-4xl ${isLatin ? "font-serif" : ""}`}>{t("title")}</h2>
        </header>

        <div className="mt-6 space-y-2 print:mt-0">
          <p className="text-slate-700">{t("certify")}</p>
          <p className="font-serif text-2xl font-bold break-words text-navy-900 sm:text-3xl">{certificate.holderName}</p>
          {placement ? <p className="text-slate-700">{placement}</p> : null}
          <p className="pt-2 text-slate-700">{isProgramme ? t("completedProgramme") : t("completed")}</p>
          <p className="text-xl font-semibold break-words text-navy-900 sm:text-2xl">{certificate.title}</p>
          {certificate.courseVersion !== null ? <p className="text-sm text-slate-700">{t("version", { version: certificate.courseVersion })}</p> : null}
          <p className="text-slate-700">
            {t.rich(isProgramme ? "curatedBy" : "offeredBy", {
              provider: certificate.providerName,
              duration: formatDurationMinutes(certificate.durationMinutes, locale),
              strong: (chunks) => <strong className="text-navy-900">{chunks}</strong>,
            })}
          </p>
        </div>

        {certificate.courseTitles.length > 0 ? (
          <div className="mt-6 print:mt-0">
            <h3 className={`text-sm font-semibold text-slate-700 ${isLatin ? "tracking-wide uppercase" : ""}`}>{t("programmeCourses")}</h3>
            <ol className="mt-2 flex flex-wrap justify-center gap-x-4 gap-y-1 text-sm text-navy-900">
              {certificate.courseTitles.map((title, index) => (
                <li key={`${index}-${title}`}>
                  {index + 1}. {title}
                </li>
              ))}
            </ol>
          </div>
        ) : null}

        {certificate.competencies.length > 0 ? (
          <div className="mt-6 print:mt-0">
            <h3 className={`text-sm font-semibold text-slate-700 ${isLatin ? "tracking-wide uppercase" : ""}`}>{t("competencies")}</h3>
            <ul className="mt-2 flex flex-wrap justify-center gap-2">
              {certificate.competencies.map((competency) => (
                <li key={competency.name} className="rounded-full border border-navy-200 bg-navy-50 px-3 py-1 text-sm text-navy-900">
                  {t("competencyLevel", { name: competency.name, level: competency.level, max: MAX_COMPETENCY_LEVEL })}
                </li>
              ))}
            </ul>
          </div>
        ) : null}

        <footer className="mt-8 flex flex-col items-center gap-4 border-t border-slate-200 pt-5 text-left sm:flex-row sm:justify-between print:mt-0 print:flex-row print:justify-between">
          <dl className="space-y-1 text-sm">
            <div>
              <dt className="inline font-semibold text-slate-700">{t("issued")} </dt>
              <dd className="inline text-navy-900">
                <time dateTime={isoDate(certificate.issuedAt)}>{formatDate(certificate.issuedAt, locale)}</time>
              </dd>
            </div>
            <div>
              <dt className="inline font-semibold text-slate-700">{t("code")} </dt>
              <dd className="inline font-mono font-semibold tracking-wider text-navy-900">{certificate.code}</dd>
            </div>
            <div>
              <dt className="inline font-semibold text-slate-700">{t("verifyAt")} </dt>
              <dd className="inline break-all text-navy-900">{url}</dd>
            </div>
          </dl>
          <figure className="flex shrink-0 flex-col items-center">
            {/* Server-rendered SVG from the qrcode package: markup we generate, not user input. */}
            <div
              role="img"
              aria-label={t("qrLabel", { url })}
              className="size-28 [&>svg]:size-full"
              dangerouslySetInnerHTML={{ __html: qrSvg }}
            />
            <figcaption className="mt-1 text-xs text-slate-600">{t("scan")}</figcaption>
          </figure>
        </footer>
      </article>
    </div>
  );
}
