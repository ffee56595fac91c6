import type { Metadata } from "next";
import Link from "next/link";
import { AUDIT_ACTION_SUGGESTIONS, AUDIT_OBJECT_TYPES, auditSearchParams, decodeAuditCursor, parseAuditFilters } from "@/lib/domain/audit/audit-query";
import { formatDateTime } from "@/lib/domain/format-date";
import { requirePermission } from "@/lib/server/auth/session";
import { listAuditLog } from "@/lib/server/audit/list-audit-log";
import { DataTable, TD, TH } from "@/components/data-table";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";
import { CONTROL, LABEL, PRIMARY_BUTTON, SECONDARY_BUTTON, TEXT_LINK } from "@/components/ui-classes";

export const metadata: Metadata = { title: "Audit trail" };

type AuditPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: AuditPageProps) {
  const user = await requirePermission("audit:read");
  const params = await searchParams;
  const filters = parseAuditFilters(params);
  const cursor = decodeAuditCursor(params.after);
  const { rows, next } = await listAuditLog(user, { filters, cursor });
  const query = auditSearchParams(filters).toString();
  const nextHref = next ? `/admin/audit?${auditSearchParams(filters, next).toString()}` : null;

  return (
    <div className="space-y-6">
      <PageHeading
        eyebrow="Organisation"
        title="Audit trail"
        description="Who did what, when and from where, in your organisation. Entries are written with the change they record and can never be edited or deleted."
      />

      <SectionCard id="audit-filters" title="Filter">
        <form method="get" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <div>
            <label htmlFor="audit-actor" className={LABEL}>
              Who (name or email)
            </label>
            <input id="audit-actor" name="actor" defaultValue={filters.actor ?? ""} maxLength={100} className={`${CONTROL} min-h-11`} />
          </div>
          <div>
            <label htmlFor="audit-action" className={LABEL}>
              Action
            </label>
            <input id="audit-action" name="action" list="audit-actions" defaultValue={filters.action ?? ""} aria-describedby="audit-action-hint" className={`${CONTROL} min-h-11`} />
            <datalist id="audit-actions">
              {AUDIT_ACTION_SUGGESTIONS.map((action) => (
                <option key={action} value={action} />
              ))}
            </datalist>
            <p id="audit-action-hint" className="mt-1 text-xs text-slate-600">
              e.g. plan.published, or plan. for every plan action
            </p>
          </div>
          <div>
            <label htmlFor="audit-object" className={LABEL}>
              Object
            </label>
            <select id="audit-object" name="object" defaultValue={filters.entityType ?? ""} className={`${CONTROL} min-h-11`}>
              <option value="">Any</option>
              {AUDIT_OBJECT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {type}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="audit-id" className={LABEL}>
              Object id
            </label>
            <input id="audit-id" name="id" defaultValue={filters.entityId ?? ""} maxLength={80} className={`${CONTROL} min-h-11`} />
          </div>
          <div>
            <label htmlFor="audit-from" className={LABEL}>
              From
            </label>
            <input id="audit-from" name="from" type="date" defaultValue={filters.from ?? ""} className={`${CONTROL} min-h-11`} />
          </div>
          <div>
            <label htmlFor="audit-to" className={LABEL}>
              To
            </label>
            <input id="audit-to" name="to" type="date" defaultValue={filters.to ?? ""} className={`${CONTROL} min-h-11`} />
          </div>
          <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-3">
            <button type="submit" className={PRIMARY_BUTTON}>
              Apply filters
            </button>
            <Link href="/admin/audit" className={SECONDARY_BUTTON}>
              Clear
            </Link>
            <a href={`/admin/audit/export${query ? `?${query}` : ""}`} className={SECONDARY_BUTTON} download>
              Download CSV
            </a>
          </div>
        </form>
      </SectionCard>

      <SectionCard id="audit-entries" title="Entries" description="Newest first, 50 at a time.">
        <div className="space-y-4">
          {rows.length > 0 ? (
            <DataTable caption="Audit entries" minWidth="min-w-[56rem]">
              <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className={TH}>
                    When
                  </th>
                  <th scope="col" className={TH}>
                    Who
                  </th>
                  <th scope="col" className={TH}>
                    Action
                  </th>
                  <th scope="col" className={TH}>
                    Object
                  </th>
                  <th scope="col" className={TH}>
                    Organisation
                  </th>
                  <th scope="col" className={TH}>
                    From
                  </th>
                  <th scope="col" className={TH}>
                    Details
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {rows.map((row) => (
                  <tr key={row.id.toString()}>
                    <td className={`${TD} whitespace-nowrap`}>
                      <time dateTime={row.createdAt.toISOString()}>{formatDateTime(row.createdAt)}</time>
                    </td>
                    <td className={TD}>
                      {row.actorName ?? "System"}
                      {row.actorEmail ? <span className="block text-xs text-slate-600">{row.actorEmail}</span> : null}
                    </td>
                    <td className={`${TD} font-mono text-xs`}>{row.action}</td>
                    <td className={TD}>
                      {row.entityType}
                      <span className="block max-w-48 truncate font-mono text-xs text-slate-600" title={row.entityId}>
                        {row.entityId}
                      </span>
                    </td>
                    <td className={TD}>{row.organisationName ?? "—"}</td>
                    <td className={`${TD} font-mono text-xs`}>{row.ipAddress ?? "—"}</td>
                    <td className={`${TD} max-w-72 break-words font-mono text-xs`}>{row.details.length > 240 ? `${row.details.slice(0, 240)}…` : row.details}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          ) : (
            <p className="text-slate-700">No entry matches these filters.</p>
          )}
          <nav aria-label="Audit pages" className="flex flex-wrap gap-3">
            {cursor ? (
              <Link href={`/admin/audit${query ? `?${query}` : ""}`} className={SECONDARY_BUTTON}>
                Newest entries
              </Link>
            ) : null}
            {nextHref ? (
              <Link href={nextHref} rel="next" className={SECONDARY_BUTTON}>
                Older entries
              </Link>
            ) : null}
          </nav>
          {filters.entityType || filters.action || filters.actor ? (
            <p className="text-sm text-slate-600">
              Filtered view.{" "}
              <Link href="/admin/audit" className={TEXT_LINK}>
                Show everything
              </Link>
            </p>
          ) : null}
        </div>
      </SectionCard>
    </div>
  );
}
