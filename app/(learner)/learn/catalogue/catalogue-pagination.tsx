import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { useTranslations } from "next-intl";
import type { CatalogueQuery } from "@/lib/domain/catalogue/catalogue-query.schema";
import { cataloguePageHref } from "@/lib/domain/catalogue/catalogue-href";
import { formatCount } from "@/lib/domain/format-count";

// Like components/pagination-nav.tsx, but page links keep the search and filters in the URL.
const LINK =
  "inline-flex min-h-11 items-center gap-1 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-navy-800 hover:bg-navy-50";
const DISABLED = "inline-flex min-h-11 items-center gap-1 rounded-md border border-slate-200 bg-slate-100 px-3 text-sm text-slate-500";

export function CataloguePagination({ query, pageCount }: { query: CatalogueQuery; pageCount: number }) {
  const t = useTranslations("catalogue.pagination");
  if (pageCount <= 1) return null;
  const { page } = query;
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-slate-700">
        {t.rich("status", {
          page: formatCount(page),
          pageCount: formatCount(pageCount),
          strong: (chunks) => <span className="font-semibold">{chunks}</span>,
        })}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link href={cataloguePageHref(query, Math.min(page - 1, pageCount))} rel="prev" className={LINK}>
            <ChevronLeft aria-hidden="true" className="size-4" /> {t("previous")}
          </Link>
        ) : (
          <span aria-disabled="true" className={DISABLED}>
            <ChevronLeft aria-hidden="true" className="size-4" /> {t("previous")}
          </span>
        )}
        {page < pageCount ? (
          <Link href={cataloguePageHref(query, page + 1)} rel="next" className={LINK}>
            {t("next")} <ChevronRight aria-hidden="true" className="size-4" />
          </Link>
        ) : (
          <span aria-disabled="true" className={DISABLED}>
            {t("next")} <ChevronRight aria-hidden="true" className="size-4" />
          </span>
        )}
      </div>
    </nav>
  );
}
