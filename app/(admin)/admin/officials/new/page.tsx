import type { Metadata } from "next";
import { getOfficialsFilterOptions } from "@/lib/server/admin/find-officials";
import { requirePermission } from "@/lib/server/auth/session";
import { BackLink } from "@/components/back-link";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";
import { OfficialForm } from "../official-form";

export const metadata: Metadata = { title: "Add an official" };

export default async function NewOfficialPage() {
  const user = await requirePermission("org:officials:manage");
  const options = await getOfficialsFilterOptions(user, "manage");
  return (
    <div className="space-y-6">
      <BackLink href="/admin/officials">Officials</BackLink>
      <PageHeading eyebrow="Officials" title="Add an official" description="The official signs in with a one-time password shown to you once, after the account is created." />
      <SectionCard id="new-official" title="Details">
        <OfficialForm
          values={{ name: "", email: "", designation: null, group: null, serviceCadre: null, organisationId: options.organisations[0]?.id ?? null, fracPositionId: null, reportingOfficerId: null }}
          organisations={options.organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
          positions={options.positions.map((position) => ({ value: position.id, label: `${position.title} (${position.code})` }))}
          reportingOfficer={null}
        />
      </SectionCard>
    </div>
  );
}
