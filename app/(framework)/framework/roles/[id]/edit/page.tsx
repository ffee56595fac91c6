import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { roleHref } from "@/lib/domain/framework/framework-routes";
import { requirePermission } from "@/lib/server/auth/session";
import { getFracRole } from "@/lib/server/framework/get-frac-role";
import { getFrameworkFormOptions } from "@/lib/server/framework/get-framework-form-options";
import { BackLink } from "@/components/back-link";
import { PageHeading } from "@/components/page-heading";
import { RoleForm } from "../../role-form";

export const metadata: Metadata = { title: "Edit FRAC role" };

export default async function EditRolePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("frac:manage");
  const [role, options] = await Promise.all([getFracRole(user, (await params).id), getFrameworkFormOptions(user)]);
  if (!role) notFound();
  return (
    <div className="space-y-6">
      <BackLink href={roleHref(role.id)}>{role.name}</BackLink>
      <PageHeading eyebrow="Competency framework" title={`Edit ${role.name}`} />
      <RoleForm
        values={{
          id: role.id,
          code: role.code,
          name: role.name,
          description: role.description,
          activities: role.activities.map((activity) => ({ description: activity.description, competencyIds: activity.competencies.map((competency) => competency.id) })),
          requirements: Object.fromEntries(role.requirements.map((requirement) => [requirement.competency.id, requirement.level])),
        }}
        competencies={options.competencies}
        cancelHref={roleHref(role.id)}
      />
    </div>
  );
}
