import type { Metadata } from "next";
import { COMPETENCIES_HREF } from "@/lib/domain/framework/framework-routes";
import { requirePermission } from "@/lib/server/auth/session";
import { listFrameworkCompetencies } from "@/lib/server/framework/list-framework-competencies";
import { BackLink } from "@/components/back-link";
import { PageHeading } from "@/components/page-heading";
import { CompetencyForm, EMPTY_COMPETENCY } from "../competency-form";

export const metadata: Metadata = { title: "New competency" };

export default async function NewCompetencyPage() {
  const user = await requirePermission("frac:manage");
  const { version, areas } = await listFrameworkCompetencies(user, { page: 1 });
  return (
    <div className="space-y-6">
      <BackLink href={COMPETENCIES_HREF}>Competencies</BackLink>
      <PageHeading eyebrow="Competency framework" title="New competency" description={version ? `It joins ${version.name} (${version.code}), the version in use.` : undefined} />
      <CompetencyForm values={EMPTY_COMPETENCY} areas={areas} cancelHref={COMPETENCIES_HREF} />
    </div>
  );
}
