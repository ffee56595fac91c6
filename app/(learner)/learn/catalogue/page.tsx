import type { Metadata } from "next";
import Link from "next/link";
import { Search, X } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { findClosestCourseTitle } from "@/lib/server/catalogue/find-closest-course-title";
import { getCatalogueFilterOptions } from "@/lib/server/catalogue/get-catalogue-filter-options";
import { searchCatalogue } from "@/lib/server/catalogue/search-catalogue";
import { catalogueHref } from "@/lib/domain/catalogue/catalogue-href";
import {
  CATALOGUE_PARAM_NAMES,
  MAX_QUERY_LENGTH,
  parseCatalogueQuery,
  type RawSearchParams,
} from "@/lib/domain/catalogue/catalogue-query.schema";
import { effectiveSort, sortChoices } from "@/lib/domain/catalogue/catalogue-sort";
import { formatCount } from "@/lib/domain/format-count";
import { CATALOGUE_HREF } from "@/lib/domain/routes";
import { PageHeading } from "@/components/page-heading";
import { CatalogueFilters, CATALOGUE_FORM_ID } from "./catalogue-filters";
import { CataloguePagination } from "./catalogue-pagination";
import { CatalogueSearchForm } from "./catalogue-search-form";
import { CourseResultCard } from "./course-result-card";
import { appliedFilters } from "./filter-labels";
import { NoResults } from "./no-results";
import { ProgrammesStrip } from "./programmes-strip";

type CataloguePageProps = { searchParams: Promise<RawSearchParams> };

const POPULAR_COUNT = 4;

export async function generateMetadata({ searchParams }: CataloguePageProps): Promise<Metadata> {
  const [query, t] = await Promise.all([searchParams.then(parseCatalogueQuery), getTranslations("catalogue")]);
  return { title: query.q ? t("metaTitleSearch", { q: query.q }) : t("metaTitle") };
}

export default async function CataloguePage({ searchParams }: CataloguePageProps) {
  await requirePermission("course:browse");
  const query = parseCatalogueQuery(await searchParams);
  const [results, options, t] = await Promise.all([searchCatalogue(query), getCatalogueFilterOptions(), getTranslations("catalogue")]);
  const filters = appliedFilters(query, options, t);
  const isEmpty = results.total === 0;
  const [closestTitle, popular] = isEmpty
    ? await Promise.all([
        query.q ? findClosestCourseTitle(query.q) : Promise.resolve(null),
        searchCatalogue({ sort: "popular", page: 1 }, POPULAR_COUNT),
      ])
    : [null, null];
  const sort = effectiveSort(query.sort, Boolean(query.q));
  // Controls are uncontrolled (they work without script); remounting them per search keeps
  // them in step with the URL after a client navigation, e.g. "Clear filters".
  const stateKey = catalogueHref(query);

  return (
    <div className="space-y-6">
      <PageHeading
        eyebrow={t("eyebrow")}
        title={t("title")}
        description={t("description")}
      />

      {stateKey === CATALOGUE_HREF ? <ProgrammesStrip /> : null}

      <CatalogueSearchForm key={stateKey} id={CATALOGUE_FORM_ID} action={CATALOGUE_HREF}>
        <label htmlFor="catalogue-q" className="block text-sm font-semibold text-slate-800">
          {t("search.label")}
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id="catalogue-q"
            type="search"
            name={CATALOGUE_PARAM_NAMES.q}
            defaultValue={query.q ?? ""}
            maxLength={MAX_QUERY_LENGTH}
            placeholder={t("search.placeholder")}
            enterKeyHint="search"
            className="block min-h-11 w-full min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-3 text-base text-slate-900"
          />
          <button
            type="submit"
            className="inline-flex min-h-11 shrink-0 items-center gap-2 rounded-md bg-navy-800 px-4 text-sm font-semibold text-white hover:bg-navy-700"
          >
            <Search aria-hidden="true" className="size-4" /> {t("search.submit")}
          </button>
        </div>
      </CatalogueSearchForm>

      <div className="grid gap-6 lg:grid-cols-[18rem_minmax(0,1fr)] lg:items-start">
        <CatalogueFilters key={stateKey} query={query} options={options} />

        <section aria-labelledby="catalogue-results" className="min-w-0 space-y-4">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <h2 id="catalogue-results" className="text-lg font-semibold text-navy-900">
              {query.q
                ? t.rich("results.countForQuery", {
                    count: results.total,
                    n: formatCount(results.total),
                    q: query.q,
                    muted: (chunks) => <span className="font-normal text-slate-700">{chunks}</span>,
                  })
                : t("results.count", { count: results.total, n: formatCount(results.total) })}
            </h2>
            {!isEmpty ? (
              <div key={stateKey} className="flex items-end gap-2">
                <div>
                  <label htmlFor="catalogue-sort" className="block text-sm font-semibold text-slate-800">
                    {t("results.sortLabel")}
                  </label>
                  <select
                    id="catalogue-sort"
                    name={CATALOGUE_PARAM_NAMES.sort}
                    defaultValue={sort}
                    form={CATALOGUE_FORM_ID}
                    className="mt-1 block min-h-11 rounded-md border border-slate-400 bg-white px-3 text-base text-slate-900 sm:text-sm"
                  >
                    {sortChoices(Boolean(query.q)).map((choice) => (
                      <option key={choice} value={choice}>
                        {t(`sorts.${choice}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <button
                  type="submit"
                  form={CATALOGUE_FORM_ID}
                  className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-semibold text-navy-800 hover:bg-navy-50"
                >
                  {t("results.sortSubmit")}
                </button>
              </div>
            ) : null}
          </div>

          {filters.length > 0 ? (
            <ul aria-label={t("results.appliedFilters")} className="flex flex-wrap gap-2">
              {filters.map((filter) => (
                <li key={filter.key} className="max-w-full">
                  <Link
                    href={filter.removeHref}
                    className="inline-flex min-h-9 max-w-full items-center gap-1 rounded-full border border-navy-200 bg-navy-50 px-3 text-sm text-navy-800 hover:bg-navy-100"
                  >
                    <span className="truncate">{filter.label}</span>
                    <X aria-hidden="true" className="size-4 shrink-0" />
                    <span className="sr-only">{t("results.removeFilter")}</span>
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}

          {isEmpty ? (
            <NoResults query={query} filters={filters} closestTitle={closestTitle} popular={popular?.courses ?? []} />
          ) : results.courses.length === 0 ? (
            <p className="rounded-lg border border-slate-200 bg-white p-4">
              {t.rich("results.pageMissing", {
                page: formatCount(query.page),
                link: (chunks) => (
                  <Link href={catalogueHref({ ...query, page: 1 })} className="font-semibold text-navy-700 underline">
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          ) : (
            <ul className="grid gap-3 md:grid-cols-2">
              {results.courses.map((course) => (
                <li key={course.id}>
                  <CourseResultCard course={course} />
                </li>
              ))}
            </ul>
          )}

          <CataloguePagination query={query} pageCount={results.pageCount} />
        </section>
      </div>
    </div>
  );
}
