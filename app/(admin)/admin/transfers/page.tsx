import type { Metadata } from "next";
import { REQUEST_STATUS_LABELS } from "@/lib/domain/admin/request-status";
import { formatDate } from "@/lib/domain/format-date";
import { listProfileChangeQueue, type ProfileChangeItem } from "@/lib/server/admin/list-profile-changes";
import { requirePermission } from "@/lib/server/auth/session";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";
import { StatusBadge } from "@/components/status-badge";
import { decideTransfer } from "./actions";
import { DecisionForm } from "./decision-form";

export const metadata: Metadata = { title: "Transfers and profile changes" };

function Change({ item }: { item: ProfileChangeItem }) {
  const moving = item.official.organisationName !== item.toOrganisationName;
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
      <dt className="font-semibold text-slate-700">Organisation</dt>
      <dd>{moving ? `${item.official.organisationName ?? "None"} → ${item.toOrganisationName}` : `${item.toOrganisationName} (no change)`}</dd>
      {item.designation ? (
        <>
          <dt className="font-semibold text-slate-700">Designation</dt>
          <dd>{`${item.official.designation ?? "None"} → ${item.designation}`}</dd>
        </>
      ) : null}
      {item.positionTitle ? (
        <>
          <dt className="font-semibold text-slate-700">FRAC post</dt>
          <dd>{item.positionTitle}</dd>
        </>
      ) : null}
      {item.note ? (
        <>
          <dt className="font-semibold text-slate-700">Official’s note</dt>
          <dd className="break-words">{item.note}</dd>
        </>
      ) : null}
      <dt className="font-semibold text-slate-700">Asked on</dt>
      <dd>{formatDate(item.createdAt)}</dd>
    </dl>
  );
}

export default async function TransfersPage() {
  const user = await requirePermission("org:officials:manage");
  const { pending, decided } = await listProfileChangeQueue(user);
  return (
    <div className="space-y-6">
      <PageHeading
        eyebrow="Organisation"
        title="Transfers and profile changes"
        description="Officials ask to join your organisation or to change their designation or post. On approval their learning record, passbook and certificates stay with them."
      />
      <SectionCard id="transfers-pending" title="Waiting for you" description={pending.length === 0 ? undefined : `${pending.length} waiting, oldest first.`}>
        {pending.length === 0 ? (
          <p className="text-slate-700">Nothing to decide.</p>
        ) : (
          <ul className="space-y-4">
            {pending.map((item) => (
              <li key={item.id} className="space-y-3 rounded-md border border-slate-200 p-4">
                <h3 className="font-semibold text-navy-900">
                  {item.official.name} <span className="font-normal text-slate-600">({item.official.email})</span>
                </h3>
                <Change item={item} />
                <DecisionForm requestId={item.id} subject={`${item.official.name}’s request`} decide={decideTransfer} />
              </li>
            ))}
          </ul>
        )}
      </SectionCard>
      <SectionCard id="transfers-decided" title="Decided recently">
        {decided.length === 0 ? (
          <p className="text-slate-700">No request has been decided yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {decided.map((item) => (
              <li key={item.id} className="space-y-2 py-3">
                <p className="flex flex-wrap items-center gap-2 font-semibold text-navy-900">
                  {item.official.name}
                  <StatusBadge tone={item.status === "APPROVED" ? "green" : "red"}>{REQUEST_STATUS_LABELS[item.status]}</StatusBadge>
                </p>
                <Change item={item} />
                {item.decisionReason ? <p className="text-sm text-slate-700">Reason: {item.decisionReason}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </SectionCard>
    </div>
  );
}
