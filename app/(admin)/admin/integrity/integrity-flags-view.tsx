import type { ReactNode } from "react";
import Link from "next/link";
import { BackLink } from "@/components/back-link";
import { ShieldCheck } from "lucide-react";
import { can } from "@/lib/domain/permissions";
import { formatCount } from "@/lib/domain/format-count";
import { pageCount, parsePageParam } from "@/lib/domain/pagination";
import { requireAdminConsole } from "@/lib/server/auth/require-admin-console";
import { INTEGRITY_FLAGS_PAGE_SIZE, listIntegrityFlags, type IntegrityFlagFilter } from "@/lib/server/admin/list-integrity-flags";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { PaginationNav } from "@/components/pagination-nav";
import { FlagCard } from "./flag-card";

export type IntegrityPageProps = { searchParams: Promise<{ page?: string | string[] }> };

const BASE = "/admin/integrity";
const PATHS: Record<IntegrityFlagFilter, string> = { open: BASE, reviewed: `${BASE}/reviewed` };

/** Open and reviewed flags are two paths, so each keeps its own ?page= in a shareable URL. */
export async function IntegrityFlagsView({ filter, searchParams }: IntegrityPageProps & { filter: IntegrityFlagFilter }) {
  const user = await requireAdminConsole("org:officials:read");
  const page = parsePageParam((await searchParams).page);
  const { rows, total, openCount } = await listIntegrityFlags(user, { filter, page });
  const basePath = PATHS[filter];
  const canReview = can(user, "org:officials:manage");

  return (
    <div className="space-y-6">
      <BackLink href="/admin">My organisation</BackLink>
      <PageHeading
        eyebrow="Organisation"
        title="Learning integrity"
        description="Lessons an official asked to complete far sooner than they could have been read or watched. The request was refused and nothing was counted; review each one and record what you found."
      />

      <nav aria-label="Flags" className="flex gap-2">
        <FilterLink href={PATHS.open} isCurrent={filter === "open"}>
          Open ({formatCount(openCount)})
        </FilterLink>
        <FilterLink href={PATHS.reviewed} isCurrent={filter === "reviewed"}>
          Reviewed
        </FilterLink>
      </nav>

      {rows.length === 0 ? (
        <EmptyState title={filter === "open" ? "Nothing to review" : "No reviewed flags yet"} icon={<ShieldCheck className="size-10" />}>
          {filter === "open"
            ? "No official in your organisation has an open integrity flag."
            : "Flags you and other admins review will be listed here with the outcome."}
        </EmptyState>
      ) : (
        <section aria-label={filter === "open" ? "Open flags" : "Reviewed flags"} className="space-y-3">
          <p className="text-sm text-slate-700">
            {formatCount(total)} {filter === "open" ? "open" : "reviewed"} {total === 1 ? "flag" : "flags"}, newest first.
          </p>
          <ul className="space-y-3">
            {rows.map((flag) => (
              <li key={flag.id}>
                <FlagCard flag={flag} canReview={canReview} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <PaginationNav
        basePath={basePath}
        page={page}
        totalPages={pageCount(total, INTEGRITY_FLAGS_PAGE_SIZE)}
        label="Flag pages"
      />
    </div>
  );
}

function FilterLink({ href, isCurrent, children }: { href: string; isCurrent: boolean; children: ReactNode }) {
  return (
    <Link
      href={href}
      aria-current={isCurrent ? "page" : undefined}
      className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold text-navy-800 hover:bg-navy-50 aria-[current=page]:border-navy-800 aria-[current=page]:bg-navy-800 aria-[current=page]:text-white"
    >
      {children}
    </Link>
  );
}
