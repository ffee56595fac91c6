import type { Metadata } from "next";
import Link from "next/link";
import { BookOpen, Plus } from "lucide-react";
import { formatCount } from "@/lib/domain/format-count";
import { COMPETENCY_TYPES } from "@/lib/domain/framework/framework-document";
import { FRAMEWORK_PAGE_SIZE, listHref, parseCompetencyListQuery, type RawSearchParams } from "@/lib/domain/framework/framework-list-query";
import { COMPETENCIES_HREF, competencyHref } from "@/lib/domain/framework/framework-routes";
import { pageCount } from "@/lib/domain/pagination";
import { can } from "@/lib/domain/permissions";
import { requirePermission } from "@/lib/server/auth/session";
import { listFrameworkCompetencies } from "@/lib/server/framework/list-framework-competencies";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { PaginationNav } from "@/components/pagination-nav";
import { TYPE_LABELS, TypeBadge, VersionBadge } from "../../framework-ui";
import { ListFilters, SearchField, SelectFilter } from "../../list-filters";
import { PRIMARY_BUTTON, TEXT_LINK } from "@/components/ui-classes";

export const metadata: Metadata = { title: "Competencies" };

export default async function CompetenciesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePermission("frac:read");
  const query = parseCompetencyListQuery(await searchParams);
  const result = await listFrameworkCompetencies(user, query);
  const { version } = result;
  const isActive = version?.status === "ACTIVE";
  const hrefFor = (page: number) => listHref(COMPETENCIES_HREF, { ...query, page });
  const isFiltered = Boolean(query.q || query.type || query.area);

  return (
    <div className="space-y-6">
      <PageHeading
        eyebrow="Competency framework"
        title="Competencies"
        description={
          version ? (
            <span className="flex flex-wrap items-center gap-2">
              {version.name} ({version.code}) <VersionBadge status={version.status} />
            </span>
          ) : (
            "There is no framework version with that code."
          )
        }
        actions={
          isActive && can(user, "frac:manage") ? (
            <Link href={`${COMPETENCIES_HREF}/new`} className={PRIMARY_BUTTON}>
              <Plus aria-hidden="true" className="size-4" /> New competency
            </Link>
          ) : null
        }
      />

      {version && !isActive ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          This version has been superseded. Its competencies stay here to read, with what officials earned on them; roles and courses now use the
          version in use.
        </p>
      ) : null}

      <ListFilters action={COMPETENCIES_HREF} label="Find competencies" clearHref={listHref(COMPETENCIES_HREF, { version: query.version })} isFiltered={isFiltered}>
        <SearchField id="competency-q" label="Name, code or external id" defaultValue={query.q} />
        <SelectFilter id="competency-type" name="type" label="Type" value={query.type} emptyLabel="All types" options={COMPETENCY_TYPES.map((type) => ({ value: type, label: TYPE_LABELS[type] }))} />
        <SelectFilter id="competency-area" name="area" label="Area" value={query.area} emptyLabel="All areas" options={result.areas.map((area) => ({ value: area, label: area }))} />
        <SelectFilter
          id="competency-version"
          name="version"
          label="Framework version"
          value={version?.code}
          options={result.versions.map((entry) => ({ value: entry.code, label: `${entry.code}${entry.status === "ACTIVE" ? " (in use)" : ""}` }))}
        />
      </ListFilters>

      {result.rows.length === 0 ? (
        <EmptyState title={result.total === 0 ? "No competencies found" : "There is no such page"} icon={<BookOpen className="size-10" />}>
          {result.total === 0 ? "Try another name or fewer filters." : <Link href={hrefFor(1)} className={TEXT_LINK}>Go to the first page</Link>}
        </EmptyState>
      ) : (
        <section aria-labelledby="competency-results" className="space-y-3">
          <h2 id="competency-results" className="text-lg font-semibold text-navy-900">
            {formatCount(result.total)} {result.total === 1 ? "competency" : "competencies"}
          </h2>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white shadow-sm">
            {result.rows.map((competency) => (
              <li key={competency.id} className="grid gap-2 p-4 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-center">
                <div className="min-w-0">
                  <Link href={competencyHref(competency.id)} className={`text-base ${TEXT_LINK}`}>
                    {competency.name}
                  </Link>
                  {competency.nameHi ? (
                    <span lang="hi" className="ml-2 text-sm text-slate-700">
                      {competency.nameHi}
                    </span>
                  ) : null}
                  <p className="mt-1 text-sm break-words text-slate-700">
                    {competency.code}
                    {competency.externalId && competency.externalId !== competency.code ? ` · id ${competency.externalId}` : ""} · {competency.area}
                  </p>
                </div>
                <div className="flex flex-wrap items-center gap-2 text-sm text-slate-700 sm:justify-end">
                  <TypeBadge type={competency.type} />
                  <span>
                    {formatCount(competency.requiredByRoles)} {competency.requiredByRoles === 1 ? "role" : "roles"}
                  </span>
                  <span aria-hidden="true">·</span>
                  <span>
                    {formatCount(competency.courses)} {competency.courses === 1 ? "course" : "courses"}
                  </span>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}

      <PaginationNav pageHref={hrefFor} page={query.page} totalPages={pageCount(result.total, FRAMEWORK_PAGE_SIZE)} label="Competency pages" />
    </div>
  );
}
