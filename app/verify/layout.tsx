import type { ReactNode } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { ShieldCheck } from "lucide-react";
import { SiteFooter } from "@/components/site-footer";

// Public pages for employers, institutions and anyone holding a printed certificate: no sign-in,
// no app navigation. Kept out of search engines: a list of who holds which certificate is not
// something to publish, even though each lookup by code is open.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function VerifyLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="border-b border-slate-200 bg-white">
        <div aria-hidden="true" className="flex h-1">
          <span className="flex-1 bg-saffron-400" />
          <span className="flex-1 bg-white" />
          <span className="flex-1 bg-india-green-600" />
        </div>
        <div className="mx-auto flex max-w-3xl items-center gap-2 px-4 py-3 text-navy-900">
          <Link href="/verify" className="flex min-h-11 items-center gap-2 rounded-md">
            <span className="flex size-9 shrink-0 items-center justify-center rounded-md bg-navy-800 text-white">
              <ShieldCheck aria-hidden="true" className="size-5" />
            </span>
            <span>
              <span className="block text-lg leading-tight font-bold">Kaushal</span>
              <span className="block text-xs text-slate-600">Certificate verification</span>
            </span>
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
