import type { Metadata } from "next";
import { ROLES_HREF } from "@/lib/domain/framework/framework-routes";
import { requirePermission } from "@/lib/server/auth/session";
import { getFrameworkFormOptions } from "@/lib/server/framework/get-framework-form-options";
import { BackLink } from "@/components/back-link";
import { PageHeading } from "@/components/page-heading";
import { RoleForm } from "../role-form";

export const metadata: Metadata = { title: "New FRAC role" };

export default async function NewRolePage() {
  const user = await requirePermission("frac:manage");
  const { competencies } = await getFrameworkFormOptions(user);
  return (
    <div className="space-y-6">
      <BackLink href={ROLES_HREF}>FRAC roles</BackLink>
      <PageHeading eyebrow="Competency framework" title="New FRAC role" />
      <RoleForm values={{ code: "", name: "", description: "", activities: [], requirements: {} }} competencies={competencies} cancelHref={ROLES_HREF} />
    </div>
  );
}
