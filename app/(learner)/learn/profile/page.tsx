import type { Metadata } from "next";
import { REQUEST_STATUS_LABELS } from "@/lib/domain/admin/request-status";
import { formatDate } from "@/lib/domain/format-date";
import { PROFILE_HREF } from "@/lib/domain/routes";
import { getProfileChangeOptions, listMyProfileChanges } from "@/lib/server/admin/list-profile-changes";
import { requirePermission } from "@/lib/server/auth/session";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";
import { StatusBadge } from "@/components/status-badge";
import { ProfileChangeForm } from "./profile-change-form";
import { WithdrawForm } from "./withdraw-form";

export const metadata: Metadata = { title: "My profile" };

const TONES = { PENDING: "amber", APPROVED: "green", REJECTED: "red", WITHDRAWN: "neutral" } as const;

export default async function ProfilePage() {
  const user = await requirePermission("learning:own", PROFILE_HREF);
  const [{ official, organisations, positions }, requests] = await Promise.all([getProfileChangeOptions(user.id), listMyProfileChanges(user.id)]);
  const open = requests.find((request) => request.status === "PENDING");

  return (
    <div className="space-y-6">
      <PageHeading eyebrow="My profile" title={user.name} description={user.email} />
      <SectionCard id="profile-current" title="Where you are">
        <dl className="grid gap-3 sm:grid-cols-3">
          <div>
            <dt className="text-sm font-semibold text-slate-700">Organisation</dt>
            <dd>{official.organisation?.name ?? "—"}</dd>
          </div>
          <div>
            <dt className="text-sm font-semibold text-slate-700">Designation</dt>
            <dd>{official.designation ?? "—"}</dd>
          </div>
          <div>
            <dt className="text-sm font-semibold text-slate-700">FRAC post</dt>
            <dd>{official.fracPosition?.title ?? "—"}</dd>
          </div>
        </dl>
      </SectionCard>
      <SectionCard
        id="profile-change"
        title="Ask for a transfer or a change"
        description="Your learning history, passbook and certificates stay with you whatever you change."
      >
        {open ? (
          <div className="space-y-3">
            <p className="text-slate-700">Your request is waiting for a decision. You can withdraw it to ask for something else.</p>
            <WithdrawForm requestId={open.id} />
          </div>
        ) : (
          <ProfileChangeForm currentOrganisationId={official.organisationId} organisations={organisations} positions={positions} />
        )}
      </SectionCard>
      <SectionCard id="profile-requests" title="Your requests">
        {requests.length === 0 ? (
          <p className="text-slate-700">You have not asked for a change.</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {requests.map((request) => (
              <li key={request.id} className="space-y-1 py-3">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-semibold text-navy-900">
                    {request.toOrganisationName}
                    {request.designation ? `, ${request.designation}` : ""}
                    {request.positionTitle ? `, ${request.positionTitle}` : ""}
                  </span>
                  <StatusBadge tone={TONES[request.status]}>{REQUEST_STATUS_LABELS[request.status]}</StatusBadge>
                </p>
                <p className="text-sm text-slate-600">Asked on {formatDate(request.createdAt)}{request.decidedAt ? `, decided on ${formatDate(request.decidedAt)}` : ""}.</p>
                {request.decisionReason ? <p className="text-sm text-slate-700">Reason: {request.decisionReason}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </SectionCard>
    </div>
  );
}
