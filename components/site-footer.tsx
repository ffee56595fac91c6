import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("shell");
  return (
    <footer className="mt-auto border-t border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-col gap-1 px-4 py-5 text-sm text-slate-600 sm:flex-row sm:justify-between">
        <p>{t("footerProduct")}</p>
        <p>{t("footerSpirit")}</p>
      </div>
    </footer>
  );
}
