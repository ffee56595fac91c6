import Link from "next/link";
import { SearchX } from "lucide-react";
import { useTranslations } from "next-intl";
import type { CatalogueCourse } from "@/lib/server/catalogue/search-catalogue";
import type { CatalogueQuery } from "@/lib/domain/catalogue/catalogue-query.schema";
import { catalogueHref } from "@/lib/domain/catalogue/catalogue-href";
import { CATALOGUE_HREF } from "@/lib/domain/routes";
import { EmptyState } from "@/components/empty-state";
import { CourseResultCard } from "./course-result-card";
import type { AppliedFilter } from "./filter-labels";

type NoResultsProps = {
  query: CatalogueQuery;
  filters: AppliedFilter[];
  closestTitle: string | null;
  popular: CatalogueCourse[];
};

const LINK = "font-semibold text-navy-700 underline underline-offset-2";

/** Never a dead end: a likely spelling, filters to drop, and courses others are taking. */
export function NoResults({ query, filters, closestTitle, popular }: NoResultsProps) {
  const t = useTranslations("catalogue.noResults");
  return (
    <div className="space-y-6">
      <EmptyState title={t("title")} icon={<SearchX className="size-10" />}>
        <div className="space-y-3">
          {closestTitle ? (
            <p>
              {t.rich("didYouMean", {
                title: closestTitle,
                link: (chunks) => (
                  <Link href={catalogueHref({ q: closestTitle, page: 1 })} className={LINK}>
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          ) : null}
          {filters.length > 0 ? (
            <div>
              <p>{t("tryRemoving")}</p>
              <ul className="mt-2 flex flex-wrap justify-center gap-2">
                {filters.map((filter) => (
                  <li key={filter.key}>
                    <Link
                      href={filter.removeHref}
                      className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-navy-800 hover:bg-navy-50"
                    >
                      {t("remove", { label: filter.label })}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {query.q ? <p>{t("checkSpelling")}</p> : null}
          <p>
            <Link href={CATALOGUE_HREF} className={LINK}>
              {t("seeAll")}
            </Link>
          </p>
        </div>
      </EmptyState>
      {popular.length > 0 ? (
        <section aria-labelledby="popular-courses">
          <h2 id="popular-courses" className="text-lg font-semibold text-navy-900">
            {t("popular")}
          </h2>
          <ul className="mt-3 grid gap-3 md:grid-cols-2">
            {popular.map((course) => (
              <li key={course.id}>
                <CourseResultCard course={course} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
