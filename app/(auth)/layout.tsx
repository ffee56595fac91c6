import type { ReactNode } from "react";
import { GraduationCap } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/language-switch";

// Sign-in has no app shell: only the brand, and the page centred for any screen size.
export default async function AuthLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("shell");
  return (
    <>
      <header className="border-b border-slate-200 bg-white">
        <div aria-hidden="true" className="flex h-1">
          <span className="flex-1 bg-saffron-400" />
          <span className="flex-1 bg-white" />
          <span className="flex-1 bg-india-green-600" />
        </div>
        <div className="mx-auto flex max-w-6xl items-center gap-2 px-4 py-3 text-navy-900">
          <span className="flex size-9 shrink-0 items-center justify-center rounded-md bg-navy-800 text-white">
            <GraduationCap aria-hidden="true" className="size-5" />
          </span>
          <span className="min-w-0">
            <span className="block text-lg leading-tight font-bold">Kaushal</span>
            <span className="block truncate text-xs text-slate-600">{t("tagline")}</span>
          </span>
          <span className="ml-auto">
            <LanguageSwitch />
          </span>
        </div>
      </header>
      {children}
    </>
  );
}
