import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Pencil } from "lucide-react";
import { ROLES_HREF, competencyHref, postHref, roleHref } from "@/lib/domain/framework/framework-routes";
import { can } from "@/lib/domain/permissions";
import { requirePermission } from "@/lib/server/auth/session";
import { getFracRole } from "@/lib/server/framework/get-frac-role";
import { BackLink } from "@/components/back-link";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";
import { StatusBadge } from "@/components/status-badge";
import { LevelChip, TypeBadge } from "../../framework-ui";
import { SECONDARY_BUTTON, TEXT_LINK } from "@/components/ui-classes";

type RolePageProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: RolePageProps): Promise<Metadata> {
  const user = await requirePermission("frac:read");
  return { title: (await getFracRole(user, (await params).id))?.name ?? "FRAC role" };
}

export default async function RolePage({ params }: RolePageProps) {
  const user = await requirePermission("frac:read");
  const role = await getFracRole(user, (await params).id);
  if (!role) notFound();

  return (
    <div className="space-y-6">
      <BackLink href={ROLES_HREF}>FRAC roles</BackLink>
      <PageHeading
        eyebrow={`FRAC role · ${role.code}`}
        title={role.name}
        description={role.description || undefined}
        actions={
          can(user, "frac:manage") ? (
            <Link href={`${roleHref(role.id)}/edit`} className={SECONDARY_BUTTON}>
              <Pencil aria-hidden="true" className="size-4" /> Edit role
            </Link>
          ) : null
        }
      />

      <SectionCard id="activities-heading" title="Activities" description="In order, with the competencies each draws on.">
        {role.activities.length === 0 ? (
          <p className="text-slate-700">No activities are recorded for this role.</p>
        ) : (
          <ol className="space-y-4">
            {role.activities.map((activity) => (
              <li key={activity.position} className="flex gap-3">
                <span aria-hidden="true" className="flex size-7 shrink-0 items-center justify-center rounded-full bg-navy-50 text-sm font-semibold text-navy-800">
                  {activity.position}
                </span>
                <div className="min-w-0">
                  <p className="text-slate-900">{activity.description}</p>
                  {activity.competencies.length > 0 ? (
                    <ul aria-label="Competencies it draws on" className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm">
                      {activity.competencies.map((competency) => (
                        <li key={competency.id}>
                          <Link href={competencyHref(competency.id)} className={TEXT_LINK}>
                            {competency.name}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </div>
              </li>
            ))}
          </ol>
        )}
      </SectionCard>

      <SectionCard id="requirements-heading" title="Required competencies" description="The level (1–5) an official in this role needs.">
        {role.requirements.length === 0 ? (
          <p className="text-slate-700">This role requires no competency yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {role.requirements.map(({ competency, level }) => (
              <li key={competency.id} className="flex flex-wrap items-center justify-between gap-2 py-2 first:pt-0 last:pb-0">
                <span className="flex min-w-0 flex-wrap items-center gap-2">
                  <Link href={competencyHref(competency.id)} className={TEXT_LINK}>
                    {competency.name}
                  </Link>
                  <TypeBadge type={competency.type} />
                  {competency.isActiveVersion ? null : <StatusBadge tone="amber">Superseded version</StatusBadge>}
                </span>
                <LevelChip level={level} />
              </li>
            ))}
          </ul>
        )}
      </SectionCard>

      <SectionCard id="posts-heading" title="Posts carrying this role">
        {role.posts.length === 0 ? (
          <p className="text-slate-700">No post carries this role.</p>
        ) : (
          <ul className="space-y-1">
            {role.posts.map((post) => (
              <li key={post.id}>
                <Link href={postHref(post.id)} className={TEXT_LINK}>
                  {post.title}
                </Link>{" "}
                <span className="text-sm text-slate-700">{[post.code, post.organisationName].filter(Boolean).join(" · ")}</span>
              </li>
            ))}
          </ul>
        )}
      </SectionCard>
    </div>
  );
}
