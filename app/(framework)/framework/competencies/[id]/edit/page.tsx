import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { competencyHref } from "@/lib/domain/framework/framework-routes";
import { requirePermission } from "@/lib/server/auth/session";
import { getFrameworkCompetency } from "@/lib/server/framework/get-framework-competency";
import { listFrameworkCompetencies } from "@/lib/server/framework/list-framework-competencies";
import { BackLink } from "@/components/back-link";
import { PageHeading } from "@/components/page-heading";
import { CompetencyForm } from "../../competency-form";

export const metadata: Metadata = { title: "Edit competency" };

export default async function EditCompetencyPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("frac:manage");
  const competency = await getFrameworkCompetency(user, (await params).id);
  // A superseded version's competencies are history: they are read, never edited.
  if (!competency || competency.framework.status !== "ACTIVE") notFound();
  const { areas } = await listFrameworkCompetencies(user, { page: 1 });
  return (
    <div className="space-y-6">
      <BackLink href={competencyHref(competency.id)}>{competency.name}</BackLink>
      <PageHeading eyebrow="Competency framework" title={`Edit ${competency.name}`} />
      <CompetencyForm
        values={{
          id: competency.id,
          externalId: competency.externalId ?? competency.code,
          code: competency.code,
          name: competency.name,
          nameHi: competency.nameHi,
          type: competency.type,
          area: competency.area,
          description: competency.description,
          levels: competency.levels,
        }}
        areas={areas}
        cancelHref={competencyHref(competency.id)}
      />
    </div>
  );
}
