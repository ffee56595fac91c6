import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Pencil } from "lucide-react";
import { listHref } from "@/lib/domain/framework/framework-list-query";
import { COMPETENCIES_HREF, competencyHref, roleHref } from "@/lib/domain/framework/framework-routes";
import { can } from "@/lib/domain/permissions";
import { learnerCourseHref } from "@/lib/domain/routes";
import { requirePermission } from "@/lib/server/auth/session";
import { getFrameworkCompetency, type LinkedCompetency } from "@/lib/server/framework/get-framework-competency";
import { BackLink } from "@/components/back-link";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";
import { Fact, FactList, LevelChip, TYPE_LABELS, VersionBadge } from "../../framework-ui";
import { SECONDARY_BUTTON, TEXT_LINK } from "@/components/ui-classes";

type CompetencyPageProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: CompetencyPageProps): Promise<Metadata> {
  const user = await requirePermission("frac:read");
  const competency = await getFrameworkCompetency(user, (await params).id);
  return { title: competency?.name ?? "Competency" };
}

function LinkedList({ items }: { items: LinkedCompetency[] }) {
  return (
    <ul className="space-y-1">
      {items.map((item) => (
        <li key={item.id}>
          <Link href={competencyHref(item.id)} className={TEXT_LINK}>
            {item.name}
          </Link>{" "}
          <span className="text-sm text-slate-700">
            ({item.frameworkCode} · {item.code})
          </span>
        </li>
      ))}
    </ul>
  );
}

export default async function CompetencyPage({ params }: CompetencyPageProps) {
  const user = await requirePermission("frac:read");
  const competency = await getFrameworkCompetency(user, (await params).id);
  if (!competency) notFound();
  const isActive = competency.framework.status === "ACTIVE";

  return (
    <div className="space-y-6">
      <BackLink href={listHref(COMPETENCIES_HREF, { version: isActive ? undefined : competency.framework.code })}>Competencies</BackLink>
      <PageHeading
        eyebrow={`${TYPE_LABELS[competency.type]} competency`}
        title={competency.name}
        description={
          <>
            {competency.nameHi ? (
              <span lang="hi" className="block text-lg text-slate-800">
                {competency.nameHi}
              </span>
            ) : null}
            {competency.description ? <span className="mt-1 block whitespace-pre-line">{competency.description}</span> : null}
          </>
        }
        actions={
          isActive && can(user, "frac:manage") ? (
            <Link href={`${competencyHref(competency.id)}/edit`} className={SECONDARY_BUTTON}>
              <Pencil aria-hidden="true" className="size-4" /> Edit competency
            </Link>
          ) : null
        }
      />

      <FactList label="About this competency">
        <Fact term="Code">{competency.code}</Fact>
        <Fact term="External id">{competency.externalId ?? "—"}</Fact>
        <Fact term="Area">{competency.area}</Fact>
        <Fact term="Version">
          <span className="inline-flex flex-wrap items-center gap-2">
            {competency.framework.name} ({competency.framework.code}) <VersionBadge status={competency.framework.status} />
          </span>
        </Fact>
      </FactList>

      {competency.mappedTo.length > 0 || competency.mappedFrom.length > 0 ? (
        <SectionCard id="mapping-heading" title="Across versions">
          <div className="grid gap-4 sm:grid-cols-2">
            {competency.mappedTo.length > 0 ? (
              <div>
                <h3 className="text-sm font-semibold text-slate-800">Replaced by</h3>
                <LinkedList items={competency.mappedTo} />
              </div>
            ) : null}
            {competency.mappedFrom.length > 0 ? (
              <div>
                <h3 className="text-sm font-semibold text-slate-800">Replaces</h3>
                <LinkedList items={competency.mappedFrom} />
              </div>
            ) : null}
          </div>
        </SectionCard>
      ) : null}

      <SectionCard id="levels-heading" title="Proficiency levels" description="What an official shows at each of the five levels.">
        <ol className="space-y-3">
          {competency.levels.map((level) => (
            <li key={level.level} className="flex flex-col gap-1 sm:flex-row sm:gap-4">
              <div className="shrink-0 sm:w-52">
                <LevelChip level={level.level} />
                <span className="mt-1 block font-semibold text-navy-900">{level.name}</span>
              </div>
              <p className="min-w-0 whitespace-pre-line text-slate-800">{level.descriptor || <span className="text-slate-600">No descriptor.</span>}</p>
            </li>
          ))}
        </ol>
      </SectionCard>

      <SectionCard id="required-heading" title="Required by" description="FRAC roles that require this competency, at the level each needs.">
        {competency.requiredBy.length === 0 ? (
          <p className="text-slate-700">No FRAC role requires it.</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {competency.requiredBy.map((role) => (
              <li key={role.roleId} className="flex flex-wrap items-center justify-between gap-2 py-2 first:pt-0 last:pb-0">
                <span className="min-w-0">
                  <Link href={roleHref(role.roleId)} className={TEXT_LINK}>
                    {role.name}
                  </Link>{" "}
                  <span className="text-sm text-slate-700">{role.code}</span>
                </span>
                <LevelChip level={role.level} />
              </li>
            ))}
          </ul>
        )}
        {competency.activities.length > 0 ? (
          <div className="mt-4 border-t border-slate-200 pt-3">
            <h3 className="text-sm font-semibold text-slate-800">Activities that draw on it</h3>
            <ul className="mt-2 space-y-1 text-sm text-slate-800">
              {competency.activities.map((activity) => (
                <li key={`${activity.roleId}-${activity.position}`}>
                  {activity.description}{" "}
                  <span className="text-slate-700">
                    (
                    <Link href={roleHref(activity.roleId)} className={TEXT_LINK}>
                      {activity.roleName}
                    </Link>
                    , activity {activity.position})
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </SectionCard>

      <SectionCard id="courses-heading" title="Courses that impart it" description="Published courses, with the level each brings an official to.">
        {competency.courses.length === 0 ? (
          <p className="text-slate-700">No published course imparts it yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {competency.courses.map((course) => (
              <li key={course.slug} className="flex flex-wrap items-center justify-between gap-2 py-2 first:pt-0 last:pb-0">
                <Link href={learnerCourseHref(course.slug)} className={`min-w-0 ${TEXT_LINK}`}>
                  {course.title}
                </Link>
                <LevelChip level={course.level} />
              </li>
            ))}
          </ul>
        )}
      </SectionCard>
    </div>
  );
}
