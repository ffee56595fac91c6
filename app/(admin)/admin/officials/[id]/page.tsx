import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { can } from "@/lib/domain/permissions";
import { getOfficialsFilterOptions } from "@/lib/server/admin/find-officials";
import { getOfficialForAdmin } from "@/lib/server/admin/get-official-for-admin";
import { requirePermission } from "@/lib/server/auth/session";
import { requireAdminConsole } from "@/lib/server/auth/require-admin-console";
import { BackLink } from "@/components/back-link";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";
import { StatusBadge } from "@/components/status-badge";
import { EndSessionsForm } from "../end-sessions-form";
import { OfficialForm } from "../official-form";
import { RolesForm } from "../roles-form";
import { StatusForm } from "../status-form";

export const metadata: Metadata = { title: "Official" };

export default async function OfficialPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireAdminConsole("org:officials:read");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const official = await getOfficialForAdmin(user, id);
  // Outside the admin's subtree reads as not found, so its existence does not leak.
  if (!official) notFound();
  const canManage = can(user, "org:officials:manage");

  return (
    <div className="space-y-6">
      <BackLink href="/admin/officials">Officials</BackLink>
      <PageHeading
        eyebrow="Official"
        title={official.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span>{official.email}</span>
            <StatusBadge tone={official.status === "ACTIVE" ? "green" : "red"}>{official.status === "ACTIVE" ? "Active" : "Suspended"}</StatusBadge>
            <span>{official.organisationName ?? "No organisation"}</span>
          </span>
        }
      />
      {canManage ? <ManageOfficial user={user} official={official} /> : <ReadOnly official={official} />}
    </div>
  );
}

async function ManageOfficial({ user, official }: { user: Awaited<ReturnType<typeof requirePermission>>; official: NonNullable<Awaited<ReturnType<typeof getOfficialForAdmin>>> }) {
  const options = await getOfficialsFilterOptions(user, "manage");
  return (
    <>
      <SectionCard id="official-details" title="Details" description="Changes are recorded in the audit log with the old and new value.">
        <OfficialForm
          values={{ ...official, officialId: official.id, reportingOfficerId: official.reportingOfficer?.id ?? null }}
          organisations={options.organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
          positions={options.positions.map((position) => ({ value: position.id, label: `${position.title} (${position.code})` }))}
          reportingOfficer={official.reportingOfficer ? { ...official.reportingOfficer, designation: null } : null}
        />
      </SectionCard>
      {official.organisationId && official.id !== user.id ? (
        <SectionCard id="official-roles" title="Roles" description="Every official is a learner. These roles are granted within your organisation only.">
          <RolesForm
            officialId={official.id}
            organisationName={official.organisationName ?? "their organisation"}
            isOrganisationAdmin={official.grants.some((grant) => grant.role === "MDO_ADMIN" && grant.organisationId === official.organisationId)}
            isReviewer={official.grants.some((grant) => grant.role === "CONTENT_REVIEWER")}
          />
        </SectionCard>
      ) : null}
      <SectionCard
        id="official-status"
        title={official.status === "ACTIVE" ? "Suspend" : "Reactivate"}
        description={official.status === "ACTIVE" ? "A suspended official is signed out on their next request and cannot sign in until reactivated. Their learning record is kept." : "Reactivating lets the official sign in again."}
      >
        <StatusForm officialId={official.id} officialName={official.name} status={official.status} />
      </SectionCard>
      <SectionCard id="official-sessions" title="Sessions" description="Signs the official out on every device now, for a lost phone or a shared computer. They can sign in again.">
        <EndSessionsForm officialId={official.id} />
      </SectionCard>
    </>
  );
}

function ReadOnly({ official }: { official: NonNullable<Awaited<ReturnType<typeof getOfficialForAdmin>>> }) {
  return (
    <SectionCard id="official-details" title="Details">
      <dl className="grid gap-3 sm:grid-cols-2">
        {[
          ["Designation", official.designation],
          ["Group", official.group],
          ["Service", official.serviceCadre],
          ["Reporting officer", official.reportingOfficer?.name ?? null],
        ].map(([label, value]) => (
          <div key={label}>
            <dt className="text-sm font-semibold text-slate-700">{label}</dt>
            <dd>{value ?? "—"}</dd>
          </div>
        ))}
      </dl>
    </SectionCard>
  );
}
