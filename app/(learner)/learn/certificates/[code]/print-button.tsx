"use client";

import { Printer } from "lucide-react";
import { useTranslations } from "next-intl";

export function PrintButton() {
  const t = useTranslations("certificate");
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="inline-flex min-h-11 items-center justify-center gap-2 rounded-md bg-navy-800 px-4 font-semibold text-white hover:bg-navy-700"
    >
      <Printer aria-hidden="true" className="size-5" /> {t("print")}
    </button>
  );
}
