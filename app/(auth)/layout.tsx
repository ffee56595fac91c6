import type { ReactNode } from "react";
import { GraduationCap } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/language-switch";
import { BrandMark, TricolourStripe } from "@/components/brand";

// Sign-in has no app shell: only the brand, and the page centred for any screen size.
export default async function AuthLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("shell");
  return (
    <>
      <header className="border-b border-slate-200 bg-white">
        <TricolourStripe />
        <div className="mx-auto flex max-w-6xl items-center gap-2 px-4 py-3 text-navy-900">
          <BrandMark icon={<GraduationCap aria-hidden="true" className="size-5" />} subtitle={t("tagline")} />
          <span className="ml-auto">
            <LanguageSwitch />
          </span>
        </div>
      </header>
      {children}
    </>
  );
}
