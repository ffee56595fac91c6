import type { ReactNode } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { ShieldCheck } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { SiteFooter } from "@/components/site-footer";
import { BrandMark, TricolourStripe } from "@/components/brand";

// Public pages for employers, institutions and anyone holding a printed certificate: no sign-in,
// no app navigation. Kept out of search engines: a list of who holds which certificate is not
// something to publish, even though each lookup by code is open.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function VerifyLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("verify");
  return (
    <>
      <header className="border-b border-slate-200 bg-white">
        <TricolourStripe />
        <div className="mx-auto flex max-w-3xl items-center gap-2 px-4 py-3 text-navy-900">
          <Link href="/verify" className="flex min-h-11 items-center gap-2 rounded-md">
            <BrandMark icon={<ShieldCheck aria-hidden="true" className="size-5" />} subtitle={t("subtitle")} />
          </Link>
        </div>
      </header>
      <main id="main-content" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-8 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
