import type { Metadata } from "next";
import { Mail } from "lucide-react";
import { formatCount } from "@/lib/domain/format-count";
import { pageCount, parsePageParam } from "@/lib/domain/pagination";
import { requirePermission } from "@/lib/server/auth/session";
import { isMailConfigured } from "@/lib/server/mail/mailer";
import { listOutbox, OUTBOX_PAGE_SIZE } from "@/lib/server/mail/list-outbox";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { PaginationNav } from "@/components/pagination-nav";
import { StatusBadge } from "@/components/status-badge";

export const metadata: Metadata = { title: "Outbox" };

type OutboxPageProps = { searchParams: Promise<{ page?: string | string[] }> };

export default async function OutboxPage({ searchParams }: OutboxPageProps) {
  const user = await requirePermission("org:officials:manage");
  const page = parsePageParam((await searchParams).page);
  const { emails, total } = await listOutbox(user, page);
  const isConfigured = isMailConfigured();

  return (
    <div className="space-y-6">
      <PageHeading
        eyebrow="Organisation"
        title="Outbox"
        description={
          isConfigured
            ? "Email written to officials of your organisation, and whether it has gone out."
            : "Email is not configured on this server (SMTP_HOST is not set), so nothing is sent: this is what would have been sent to officials of your organisation."
        }
      />
      {emails.length === 0 ? (
        <EmptyState title="No email yet" icon={<Mail className="size-10" />}>
          Email to your officials (cancelled batches, invitations) appears here.
        </EmptyState>
      ) : (
        <div className="space-y-4">
          <p className="text-sm text-slate-700">{formatCount(total)} emails, newest first.</p>
          <ul className="space-y-3">
            {emails.map((email) => (
              <li key={email.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                <article aria-labelledby={`subject-${email.id}`} className="space-y-2">
                  <div className="flex flex-col gap-1 sm:flex-row sm:items-start sm:justify-between">
                    <h2 id={`subject-${email.id}`} className="font-semibold text-navy-900">
                      {email.subject}
                    </h2>
                    {email.state === "SENT" ? (
                      <StatusBadge tone="green">Sent</StatusBadge>
                    ) : email.state === "FAILED" ? (
                      <StatusBadge tone="red">Failed after {email.attempts} attempts</StatusBadge>
                    ) : (
                      <StatusBadge tone="neutral">{isConfigured ? `Waiting${email.attempts > 0 ? ` (${email.attempts} attempts)` : ""}` : "Not sent"}</StatusBadge>
                    )}
                  </div>
                  <p className="text-sm break-all text-slate-700">
                    To {email.toAddress} · {email.kind} ·{" "}
                    {email.createdAt.toLocaleString("en-IN", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Kolkata" })}
                  </p>
                  {email.lastError ? <p className="text-sm text-red-800">Last error: {email.lastError}</p> : null}
                  <details>
                    <summary className="cursor-pointer text-sm font-semibold text-navy-700">Read the email</summary>
                    <pre className="mt-2 text-sm break-words whitespace-pre-wrap text-slate-800">{email.bodyText}</pre>
                  </details>
                </article>
              </li>
            ))}
          </ul>
          <PaginationNav basePath="/admin/outbox" page={page} totalPages={pageCount(total, OUTBOX_PAGE_SIZE)} label="Outbox pages" />
        </div>
      )}
    </div>
  );
}
