import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { formatCount } from "@/lib/domain/format-count";

type PaginationNavProps = {
  page: number;
  totalPages: number;
  label: string;
} & (
  | /** Path without query, e.g. "/admin"; the page number goes in ?page= so it can be shared and bookmarked. */
  { basePath: string }
  /** For pages whose URL carries more than the page (a search, filters). */
  | { pageHref: (page: number) => string }
);

function pageQueryHref(basePath: string, page: number) {
  return page <= 1 ? basePath : `${basePath}?page=${page}`;
}

const LINK = "inline-flex min-h-11 items-center gap-1 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-navy-800 hover:bg-navy-50";
const DISABLED = "inline-flex min-h-11 items-center gap-1 rounded-md border border-slate-200 bg-slate-100 px-3 text-sm text-slate-500";

export function PaginationNav(props: PaginationNavProps) {
  const { page, totalPages, label } = props;
  const hrefFor = (target: number) => ("pageHref" in props ? props.pageHref(target) : pageQueryHref(props.basePath, target));
  // A hook, not getTranslations: "common" travels to the browser, so this works on either side.
  const t = useTranslations("common.pagination");
  if (totalPages <= 1) return null;
  const hasPrevious = page > 1;
  const hasNext = page < totalPages;
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-sm text-slate-700">
        {t.rich("page", {
          page: formatCount(page),
          total: formatCount(totalPages),
          strong: (chunks) => <span className="font-semibold">{chunks}</span>,
        })}
      </p>
      <div className="flex gap-2">
        {hasPrevious ? (
          <Link href={hrefFor(page - 1)} rel="prev" className={LINK}>
            <ChevronLeft aria-hidden="true" className="size-4" /> {t("previous")}
          </Link>
        ) : (
          <span aria-disabled="true" className={DISABLED}>
            <ChevronLeft aria-hidden="true" className="size-4" /> {t("previous")}
          </span>
        )}
        {hasNext ? (
          <Link href={hrefFor(page + 1)} rel="next" className={LINK}>
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
