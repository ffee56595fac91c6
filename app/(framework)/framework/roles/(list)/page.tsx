import type { Metadata } from "next";
import Link from "next/link";
import { Layers, Plus } from "lucide-react";
import { formatCount } from "@/lib/domain/format-count";
import { FRAMEWORK_PAGE_SIZE, listHref, parseRoleListQuery, type RawSearchParams } from "@/lib/domain/framework/framework-list-query";
import { ROLES_HREF, roleHref } from "@/lib/domain/framework/framework-routes";
import { pageCount } from "@/lib/domain/pagination";
import { can } from "@/lib/domain/permissions";
import { requirePermission } from "@/lib/server/auth/session";
import { listFracRoles } from "@/lib/server/framework/list-frac-roles";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { PaginationNav } from "@/components/pagination-nav";
import { ListFilters, SearchField } from "../../list-filters";
import { PRIMARY_BUTTON, TEXT_LINK } from "@/components/ui-classes";

export const metadata: Metadata = { title: "FRAC roles" };

const plural = (count: number, one: string, many: string) => `${formatCount(count)} ${count === 1 ? one : many}`;

export default async function RolesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePermission("frac:read");
  const query = parseRoleListQuery(await searchParams);
  const { rows, total } = await listFracRoles(user, query);
  const hrefFor = (page: number) => listHref(ROLES_HREF, { ...query, page });

  return (
    <div className="space-y-6">
      <PageHeading
        eyebrow="Competency framework"
        title="FRAC roles"
        description="A role is a bundle of activities; each activity draws on competencies, and the role requires each competency at a level."
        actions={
          can(user, "frac:manage") ? (
            <Link href={`${ROLES_HREF}/new`} className={PRIMARY_BUTTON}>
              <Plus aria-hidden="true" className="size-4" /> New role
            </Link>
          ) : null
        }
      />
      <ListFilters action={ROLES_HREF} label="Find roles" clearHref={ROLES_HREF} isFiltered={Boolean(query.q)}>
        <SearchField id="role-q" label="Name or code" defaultValue={query.q} />
      </ListFilters>

      {rows.length === 0 ? (
        <EmptyState title={total === 0 ? "No roles found" : "There is no such page"} icon={<Layers className="size-10" />}>
          {total === 0 ? "Try another name or code." : <Link href={hrefFor(1)} className={TEXT_LINK}>Go to the first page</Link>}
        </EmptyState>
      ) : (
        <section aria-labelledby="role-results" className="space-y-3">
          <h2 id="role-results" className="text-lg font-semibold text-navy-900">
            {plural(total, "role", "roles")}
          </h2>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white shadow-sm">
            {rows.map((role) => (
              <li key={role.id} className="grid gap-1 p-4 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-center">
                <div className="min-w-0">
                  <Link href={roleHref(role.id)} className={`text-base ${TEXT_LINK}`}>
                    {role.name}
                  </Link>
                  <p className="text-sm break-words text-slate-700">{role.code}</p>
                </div>
                <p className="text-sm text-slate-700">
                  {plural(role.activities, "activity", "activities")} · {plural(role.requirements, "competency", "competencies")} ·{" "}
                  {plural(role.posts, "post", "posts")}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <PaginationNav pageHref={hrefFor} page={query.page} totalPages={pageCount(total, FRAMEWORK_PAGE_SIZE)} label="Role pages" />
    </div>
  );
}
