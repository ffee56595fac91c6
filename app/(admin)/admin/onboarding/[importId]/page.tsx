import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatCount, percentOf } from "@/lib/domain/format-count";
import { pageCount, parsePageParam } from "@/lib/domain/pagination";
import { requirePermission } from "@/lib/server/auth/session";
import { getOnboardingImport } from "@/lib/server/admin/onboarding/get-onboarding-import";
import { listRejectedRows, REJECTED_PAGE_SIZE } from "@/lib/server/admin/onboarding/list-rejected-rows";
import { PageHeading } from "@/components/page-heading";
import { PaginationNav } from "@/components/pagination-nav";
import { SectionCard } from "@/components/section-card";
import { StatCard, StatGrid } from "@/components/stat-card";
import { TEXT_LINK } from "@/components/ui-classes";
import { ImportStatusBadge } from "../import-status-badge";
import { AutoRefresh } from "./auto-refresh";
import { OneTimePasswords } from "./one-time-passwords";

export const metadata: Metadata = { title: "Upload of officials" };

type ImportPageProps = { params: Promise<{ importId: string }>; searchParams: Promise<{ page?: string | string[] }> };

export default async function OnboardingImportPage({ params, searchParams }: ImportPageProps) {
  const user = await requirePermission("org:officials:manage");
  const { importId } = await params;
  const page = parsePageParam((await searchParams).page);
  const [view, rejectedRows] = await Promise.all([getOnboardingImport(user, importId), listRejectedRows(user, importId, page)]);
  if (!view || !rejectedRows) notFound();

  const isRunning = view.status === "QUEUED" || view.status === "STAGING" || view.status === "APPLYING";
  const total = view.totalRows;
  const basePath = `/admin/onboarding/${view.id}`;

  return (
    <div className="space-y-6">
      <AutoRefresh isActive={isRunning} />
      <PageHeading
        eyebrow="Add officials from a file"
        title={view.fileName}
        description={<>Uploaded {view.createdAt.toLocaleString("en-IN", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Kolkata" })}.</>}
        actions={<ImportStatusBadge status={view.status} />}
      />

      <section aria-labelledby="progress-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="progress-heading" className="font-semibold text-navy-900">
          Progress
        </h2>
        <p role="status" aria-live="polite" data-testid="import-progress" className="text-slate-800">
          {view.status === "QUEUED" && "Waiting for the background worker to pick the file up."}
          {view.status === "STAGING" && `Reading the file: ${formatCount(view.stagedRows)} rows so far.`}
          {view.status === "APPLYING" && total !== null && `${formatCount(view.rowsDone)} of ${formatCount(total)} rows done (${percentOf(view.rowsDone, total)}%).`}
          {view.status === "DONE" && `Finished: all ${formatCount(view.rowsDone)} rows checked.`}
          {view.status === "FAILED" && `Stopped: ${view.failure ?? "the file could not be read"} No official was changed.`}
        </p>
        {isRunning && total !== null ? (
          <progress className="h-2 w-full" max={total} value={view.rowsDone} aria-label="Rows done" />
        ) : null}
        {view.resumed > 0 ? (
          <p className="text-sm text-slate-700">
            The server stopped while this file was being applied; it resumed from the last saved chunk of rows
            {view.resumed > 1 ? ` (${view.resumed} times)` : ""}. No row was applied twice.
          </p>
        ) : null}
        <StatGrid label="Rows" columns={4}>
          <StatCard label="Rows done" value={view.rowsDone} hint={total !== null ? `of ${formatCount(total)}` : undefined} />
          <StatCard label="Created" value={view.created} />
          <StatCard label="Updated" value={view.updated} hint={view.unchanged > 0 ? `${formatCount(view.unchanged)} unchanged` : undefined} />
          <StatCard label="Rejected" value={view.rejected} />
        </StatGrid>
      </section>

      {view.sendInvitations && view.created > 0 ? (
        <SectionCard id="invitations" title="Sign-in for the new officials">
          <p className="text-slate-700">
            Each new official is emailed a link to set their password (valid for a week, usable once).{" "}
            <Link href="/admin/outbox" className={TEXT_LINK}>
              See the outbox
            </Link>
            .
          </p>
        </SectionCard>
      ) : null}

      {view.passwordsWaiting > 0 && !isRunning ? (
        <SectionCard id="passwords" title="Sign-in for the new officials">
          <OneTimePasswords importId={view.id} waiting={view.passwordsWaiting} />
        </SectionCard>
      ) : null}

      <SectionCard
        id="rejected"
        title="Rejected rows"
        description={view.rejected > 0 ? "Fix these rows in your file and upload it again: rows already applied stay as they are." : undefined}
      >
        {view.rejected === 0 ? (
          <p className="text-slate-700">{isRunning ? "No row rejected so far." : "No row was rejected."}</p>
        ) : (
          <div className="space-y-4">
            <a href={`${basePath}/rejected`} className={TEXT_LINK} download>
              Download the {formatCount(view.rejected)} rejected {view.rejected === 1 ? "row" : "rows"} as CSV
            </a>
            <div className="overflow-x-auto rounded-md border border-slate-200" tabIndex={0} role="region" aria-label="Rejected rows">
              <table className="w-full min-w-[40rem] text-left text-sm">
                <caption className="sr-only">Rejected rows with their reasons, page {page}</caption>
                <thead className="bg-slate-50 text-slate-700">
                  <tr>
                    <th scope="col" className="px-3 py-2 font-semibold">Row</th>
                    <th scope="col" className="px-3 py-2 font-semibold">Email</th>
                    <th scope="col" className="px-3 py-2 font-semibold">Name</th>
                    <th scope="col" className="px-3 py-2 font-semibold">Why</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-200">
                  {rejectedRows.map((row) => (
                    <tr key={row.rowNumber}>
                      <th scope="row" className="px-3 py-2 text-left font-semibold tabular-nums">
                        {row.rowNumber}
                      </th>
                      <td className="px-3 py-2 break-all text-slate-700">{row.cells.email || "—"}</td>
                      <td className="px-3 py-2 text-slate-700">{row.cells.name || "—"}</td>
                      <td className="px-3 py-2 text-slate-900">
                        <ul className="list-disc pl-4">
                          {row.reasons.map((reason) => (
                            <li key={reason}>{reason}</li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <PaginationNav basePath={basePath} page={page} totalPages={pageCount(view.rejected, REJECTED_PAGE_SIZE)} label="Rejected rows pages" />
          </div>
        )}
      </SectionCard>

      <p>
        <Link href="/admin/onboarding" className={TEXT_LINK}>
          Upload another file
        </Link>
      </p>
    </div>
  );
}
