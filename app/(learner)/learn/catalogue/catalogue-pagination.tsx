import { useTranslations } from "next-intl";
import type { CatalogueQuery } from "@/lib/domain/catalogue/catalogue-query.schema";
import { cataloguePageHref } from "@/lib/domain/catalogue/catalogue-href";
import { PaginationNav } from "@/components/pagination-nav";

/** The shared page navigation, with page links that keep the search and filters in the URL. */
export function CataloguePagination({ query, pageCount }: { query: CatalogueQuery; pageCount: number }) {
  const t = useTranslations("catalogue.pagination");
  return (
    <PaginationNav
      page={query.page}
      totalPages={pageCount}
      label={t("label")}
      // A page past the end (an old link) steps back to the last page that exists.
      pageHref={(page) => cataloguePageHref(query, Math.min(page, pageCount))}
    />
  );
}
