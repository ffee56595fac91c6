import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { formatCount } from "@/lib/domain/format-count";
import { pageCount, parsePageParam } from "@/lib/domain/pagination";
import { formatShare } from "@/lib/domain/reports/format-report";
import { reportHref, type ReportSearchParams } from "@/lib/domain/reports/report-filters.schema";
import { getRoleFit, ROLE_FIT_PAGE_SIZE, searchRoleFitPositions } from "@/lib/server/reports/get-role-fit";
import { loadReportPageContext } from "@/lib/server/reports/report-page-context";
import { DataTable, TD, TH, TH_NUMBER } from "@/components/data-table";
import { PageHeading } from "@/components/page-heading";
import { PaginationNav } from "@/components/pagination-nav";
import { SectionCard } from "@/components/section-card";
import { StatusBadge } from "@/components/status-badge";
import { ExportLink } from "@/components/reports/export-link";
import { ReportFiltersForm } from "@/components/reports/report-filters-form";
import { ReportNav } from "@/components/reports/report-nav";
import { ScopeTrail } from "@/components/reports/scope-trail";

export const metadata: Metadata = { title: "Role fit" };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function RoleFitPage({ searchParams }: { searchParams: Promise<ReportSearchParams> }) {
  const params = await searchParams;
  const { scope, canSeeGovernment, roles } = await loadReportPageContext(params);
  const positionParam = first(params.position);
  const query = first(params.q).slice(0, 80);
  const page = parsePageParam(params.page);
  if (positionParam && !z.uuid().safeParse(positionParam).success) notFound();
  const [positions, fit] = await Promise.all([
    positionParam ? [] : searchRoleFitPositions(scope, query),
    positionParam ? getRoleFit(scope, positionParam, { page }) : null,
  ]);
  const { filters } = scope;

  return (
    <div className="space-y-6">
      <ScopeTrail scope={scope} basePath="/reports/role-fit" canSeeGovernment={canSeeGovernment} />
      <PageHeading
        eyebrow="Right person, right role"
        title={fit ? fit.position.title : "Role fit"}
        description={
          fit
            ? `Active officials of ${scope.title} ranked by how well the levels they hold meet this post's requirements.`
            : `Choose a post to rank the officials of ${scope.title} against what it requires.`
        }
      />
      <ReportNav current="role-fit" filters={filters} />

      {fit ? (
        <>
          <SectionCard
            id="post"
            title="The post requires"
            description={`${fit.position.code}${fit.position.organisationName ? ` · ${fit.position.organisationName}` : ""} · FRAC role${fit.position.roleNames.length === 1 ? "" : "s"}: ${fit.position.roleNames.join(", ")}`}
          >
            <ul className="flex flex-wrap gap-2 text-sm">
              {fit.position.requirements.map((requirement) => (
                <li key={requirement.competencyId} className="rounded-full bg-navy-50 px-3 py-1 text-navy-900">
                  {requirement.name}: level {requirement.requiredLevel}
                </li>
              ))}
            </ul>
            <Link href={reportHref("/reports/role-fit", filters)} className="mt-3 inline-flex min-h-11 items-center font-semibold text-navy-700 underline underline-offset-2">
              Choose another post
            </Link>
          </SectionCard>
          <ReportFiltersForm action="/reports/role-fit" filters={filters} roles={roles} extra={{ position: fit.position.id }} />
          <SectionCard id="ranking" title="Best fit first" description={`${formatCount(fit.total)} officials ranked.`}>
            {fit.rows.length > 0 ? (
              <div className="space-y-3">
                <DataTable caption={`Role fit for ${fit.position.title}, page ${page}`} minWidth="min-w-[52rem]">
                  <thead className="bg-slate-50 text-slate-700">
                    <tr>
                      <th scope="col" className={TH_NUMBER}>Rank</th>
                      <th scope="col" className={`${TH} min-w-48`}>Official</th>
                      <th scope="col" className={TH_NUMBER}>Fit</th>
                      <th scope="col" className={TH_NUMBER}>Met</th>
                      <th scope="col" className={`${TH} min-w-64`}>Missing</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-200">
                    {fit.rows.map((row, index) => (
                      <tr key={row.officialId}>
                        <td className="px-3 py-2 text-right tabular-nums">{fit.rank.offset + index + 1}</td>
                        <th scope="row" className="px-3 py-2 text-left font-normal">
                          <Link href={`/reports/officials/${row.officialId}`} className="font-medium text-navy-700 underline underline-offset-2">
                            {row.name}
                          </Link>
                          <span className="block text-xs text-slate-600">
                            {[row.designation, row.organisationName].filter(Boolean).join(" · ")}
                            {row.holdsThisPosition ? " · holds this post" : ""}
                          </span>
                        </th>
                        <td className="px-3 py-2 text-right tabular-nums">{formatShare(row.score)}</td>
                        <td className="px-3 py-2 text-right tabular-nums">
                          {row.met} of {row.requirements}
                        </td>
                        <td className={TD}>
                          {row.missingNames.length === 0 ? (
                            <StatusBadge tone="green">Nothing</StatusBadge>
                          ) : (
                            row.missingNames.map((missing) => `${missing.name} (${missing.held} of ${missing.required})`).join(", ")
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </DataTable>
                <div className="flex flex-wrap items-center justify-between gap-3">
                  <PaginationNav
                    page={page}
                    totalPages={pageCount(fit.total, ROLE_FIT_PAGE_SIZE)}
                    label="Ranking pages"
                    pageHref={(target) => reportHref("/reports/role-fit", filters, { position: fit.position.id, page: target > 1 ? target : undefined })}
                  />
                  <ExportLink report="role-fit" filters={filters} extra={{ position: fit.position.id }} />
                </div>
              </div>
            ) : (
              <p className="text-sm text-slate-700">No active official in this scope to rank.</p>
            )}
          </SectionCard>
        </>
      ) : (
        <SectionCard id="choose-post" title="Choose a post" description="Posts of the organisations in this scope.">
          <form method="get" action="/reports/role-fit" className="flex flex-col gap-2 sm:flex-row sm:items-end">
            {filters.organisationId ? <input type="hidden" name="organisation" value={filters.organisationId} /> : null}
            <div className="flex-1">
              <label htmlFor="position-search" className="block text-sm font-medium text-slate-800">
                Search posts by title, code or organisation
              </label>
              <input id="position-search" name="q" defaultValue={query} maxLength={80} className="mt-1 block min-h-11 w-full rounded-md border border-slate-300 px-2 text-sm" />
            </div>
            <button type="submit" className="inline-flex min-h-11 items-center justify-center rounded-md bg-navy-800 px-4 text-sm font-semibold text-white hover:bg-navy-700">
              Search
            </button>
          </form>
          {positions.length > 0 ? (
            <ul className="mt-4 divide-y divide-slate-100">
              {positions.map((position) => (
                <li key={position.id} className="py-2">
                  <Link
                    href={reportHref("/reports/role-fit", filters, { position: position.id })}
                    className="inline-flex min-h-11 flex-col justify-center font-medium text-navy-700 underline underline-offset-2 sm:min-h-0"
                  >
                    {position.title}
                  </Link>
                  <span className="block text-xs text-slate-600">
                    {position.code}
                    {position.organisationName ? ` · ${position.organisationName}` : ""}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-4 text-sm text-slate-700">No post matches “{query}”.</p>
          )}
        </SectionCard>
      )}
    </div>
  );
}
