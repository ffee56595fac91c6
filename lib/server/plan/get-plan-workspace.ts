import "server-only";
import { cache } from "react";
import type { CurrentUser } from "@/lib/domain/roles";
import type { PlanStatusName } from "@/lib/domain/plan/plan-lifecycle";
import type { ServiceGroupName } from "@/lib/domain/plan/plan-targets";
import { adminOrganisationRootIds, organisationWhereInScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";

export type PlanSummary = {
  id: string;
  organisationName: string;
  year: number;
  version: number;
  status: PlanStatusName;
  title: string;
  itemCount: number;
  approvedAt: Date | null;
  publishedAt: Date | null;
};

export type PlanItemRow = {
  id: string;
  courseTitle: string | null;
  programmeTitle: string | null;
  fracRoleId: string | null;
  fracRoleName: string | null;
  designation: string | null;
  serviceGroup: ServiceGroupName | null;
  officialId: string | null;
  officialName: string | null;
  dueAt: Date;
  countsForApar: boolean;
};

export type PlanWorkspace = {
  organisations: { id: string; name: string }[];
  plans: PlanSummary[];
  selected: (PlanSummary & { organisationId: string; isLatestVersion: boolean; approvedByName: string | null; items: PlanItemRow[] }) | null;
  options: {
    courses: { id: string; title: string }[];
    programmes: { id: string; title: string }[];
    roles: { id: string; name: string }[];
  };
};

// Enough for a select; a longer catalogue needs search, not a longer list.
const COURSE_OPTION_LIMIT = 500;

/**
 * The plan page: plans of the organisations the admin manages (newest year and version first),
 * the selected one with its items, and the choices for a new item. Every read is scoped by the
 * admin's subtree; a plan id from the URL outside it is simply not selected.
 */
export const getPlanWorkspace = cache(async (user: Pick<CurrentUser, "grants">, selectedPlanId: string | null): Promise<PlanWorkspace> => {
  const inScope = organisationWhereInScope(user, "manage");
  const rootIds = adminOrganisationRootIds(user);
  const [organisations, plans, courses, programmes, roles] = await Promise.all([
    db.organisation.findMany({
      where: rootIds.length > 0 ? { id: { in: rootIds } } : { AND: [inScope, { parentId: null }] },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    db.capacityBuildingPlan.findMany({
      where: { organisation: inScope },
      orderBy: [{ year: "desc" }, { version: "desc" }],
      take: 50,
      select: summarySelect,
    }),
    db.course.findMany({ where: { status: "PUBLISHED" }, select: { id: true, title: true }, orderBy: { title: "asc" }, take: COURSE_OPTION_LIMIT }),
    db.programme.findMany({ where: { status: "PUBLISHED" }, select: { id: true, title: true }, orderBy: { title: "asc" } }),
    db.fracRole.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const summaries = plans.map(toSummary);
  const chosenId = selectedPlanId && summaries.some((plan) => plan.id === selectedPlanId) ? selectedPlanId : (summaries[0]?.id ?? null);
  let selected: PlanWorkspace["selected"] = null;
  if (chosenId) {
    const plan = await db.capacityBuildingPlan.findFirst({
      where: { id: chosenId, organisation: inScope },
      select: {
        ...summarySelect,
        organisationId: true,
        approvedBy: { select: { name: true } },
        items: {
          orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
          select: {
            id: true,
            dueAt: true,
            countsForApar: true,
            designation: true,
            serviceGroup: true,
            fracRoleId: true,
            officialId: true,
            course: { select: { title: true } },
            programme: { select: { title: true } },
            fracRole: { select: { name: true } },
            official: { select: { name: true } },
          },
        },
      },
    });
    if (plan) {
      const latest = await db.capacityBuildingPlan.aggregate({ where: { organisationId: plan.organisationId, year: plan.year }, _max: { version: true } });
      selected = {
        ...toSummary(plan),
        organisationId: plan.organisationId,
        isLatestVersion: latest._max.version === plan.version,
        approvedByName: plan.approvedBy?.name ?? null,
        items: plan.items.map((item) => ({
          id: item.id,
          courseTitle: item.course?.title ?? null,
          programmeTitle: item.programme?.title ?? null,
          fracRoleId: item.fracRoleId,
          fracRoleName: item.fracRole?.name ?? null,
          designation: item.designation,
          serviceGroup: item.serviceGroup,
          officialId: item.officialId,
          officialName: item.official?.name ?? null,
          dueAt: item.dueAt,
          countsForApar: item.countsForApar,
        })),
      };
    }
  }
  return { organisations, plans: summaries, selected, options: { courses, programmes, roles } };
});

const summarySelect = {
  id: true,
  year: true,
  version: true,
  status: true,
  title: true,
  approvedAt: true,
  publishedAt: true,
  organisation: { select: { name: true } },
  _count: { select: { items: true } },
} as const;

function toSummary(plan: {
  id: string;
  year: number;
  version: number;
  status: PlanStatusName;
  title: string;
  approvedAt: Date | null;
  publishedAt: Date | null;
  organisation: { name: string };
  _count: { items: number };
}): PlanSummary {
  return {
    id: plan.id,
    organisationName: plan.organisation.name,
    year: plan.year,
    version: plan.version,
    status: plan.status,
    title: plan.title,
    itemCount: plan._count.items,
    approvedAt: plan.approvedAt,
    publishedAt: plan.publishedAt,
  };
}
