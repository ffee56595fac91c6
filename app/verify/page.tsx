import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { normaliseCertificateCode } from "@/lib/domain/learning/certificate-code";
import { VerifyForm } from "./verify-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("verify");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

type PageProps = { searchParams: Promise<{ code?: string | string[] }> };

export default async function VerifyPage({ searchParams }: PageProps) {
  const { code } = await searchParams;
  const typed = typeof code === "string" ? code.slice(0, 64) : "";
  // A well-formed code goes to its canonical URL; a typo is caught by the check character here.
  const normalised = typed ? normaliseCertificateCode(typed) : null;
  if (normalised) redirect(`/verify/${normalised}`);
  const [t, tErrors] = await Promise.all([getTranslations("verify"), getTranslations("errors")]);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-navy-900 sm:text-3xl">{t("title")}</h1>
        <p className="mt-2 max-w-prose text-slate-700">
          {t("intro")}
        </p>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <VerifyForm defaultCode={typed} error={typed ? tErrors("INVALID_CERTIFICATE_CODE") : null} />
      </div>
    </div>
  );
}
