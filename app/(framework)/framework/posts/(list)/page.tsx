import type { Metadata } from "next";
import Link from "next/link";
import { Briefcase, Plus } from "lucide-react";
import { formatCount } from "@/lib/domain/format-count";
import { FRAMEWORK_PAGE_SIZE, listHref, parsePostListQuery, type RawSearchParams } from "@/lib/domain/framework/framework-list-query";
import { POSTS_HREF, postHref } from "@/lib/domain/framework/framework-routes";
import { pageCount } from "@/lib/domain/pagination";
import { can } from "@/lib/domain/permissions";
import { requirePermission } from "@/lib/server/auth/session";
import { listFracPosts } from "@/lib/server/framework/list-frac-posts";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { PaginationNav } from "@/components/pagination-nav";
import { ListFilters, SearchField, SelectFilter } from "../../list-filters";
import { PRIMARY_BUTTON, TEXT_LINK } from "@/components/ui-classes";

export const metadata: Metadata = { title: "Posts" };

export default async function PostsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePermission("frac:read");
  const query = parsePostListQuery(await searchParams);
  const { rows, total, organisations } = await listFracPosts(user, query);
  const hrefFor = (page: number) => listHref(POSTS_HREF, { ...query, page });
  const organisationName = organisations.find((organisation) => organisation.code === query.organisation)?.name;

  return (
    <div className="space-y-6">
      <PageHeading
        eyebrow="Competency framework"
        title="Posts"
        description="Posts in ministries, departments and organisations, and the FRAC roles each one carries."
        actions={
          can(user, "frac:manage") ? (
            <Link href={`${POSTS_HREF}/new`} className={PRIMARY_BUTTON}>
              <Plus aria-hidden="true" className="size-4" /> New post
            </Link>
          ) : null
        }
      />
      <ListFilters action={POSTS_HREF} label="Find posts" clearHref={POSTS_HREF} isFiltered={Boolean(query.q || query.organisation)}>
        <SearchField id="post-q" label="Title or code" defaultValue={query.q} />
        <SelectFilter
          id="post-organisation"
          name="organisation"
          label="Organisation"
          value={query.organisation}
          emptyLabel="All organisations"
          options={organisations.map((organisation) => ({ value: organisation.code, label: organisation.name }))}
        />
      </ListFilters>

      {rows.length === 0 ? (
        <EmptyState title={total === 0 ? "No posts found" : "There is no such page"} icon={<Briefcase className="size-10" />}>
          {total === 0 ? "Try another title or organisation." : <Link href={hrefFor(1)} className={TEXT_LINK}>Go to the first page</Link>}
        </EmptyState>
      ) : (
        <section aria-labelledby="post-results" className="space-y-3">
          <h2 id="post-results" className="text-lg font-semibold text-navy-900">
            {formatCount(total)} {total === 1 ? "post" : "posts"}
            {organisationName ? ` in ${organisationName}` : ""}
          </h2>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white shadow-sm">
            {rows.map((post) => (
              <li key={post.id} className="grid gap-1 p-4 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-center">
                <div className="min-w-0">
                  <Link href={postHref(post.id)} className={`text-base ${TEXT_LINK}`}>
                    {post.title}
                  </Link>
                  <p className="text-sm break-words text-slate-700">
                    {post.code} · {post.organisation?.name ?? "No organisation"}
                  </p>
                  <p className="text-sm break-words text-slate-700">{post.roles.map((role) => role.name).join(", ") || "No FRAC role"}</p>
                </div>
                <p className="text-sm text-slate-700">
                  {formatCount(post.officials)} {post.officials === 1 ? "official" : "officials"}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <PaginationNav pageHref={hrefFor} page={query.page} totalPages={pageCount(total, FRAMEWORK_PAGE_SIZE)} label="Post pages" />
    </div>
  );
}
