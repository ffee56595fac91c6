// The Department of Revenue's annual capacity building plan for 2026-27, made by the demo MDO
// admin: courses assigned to officials by FRAC role or designation across the subtree.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { daysFromBase } from "./dates";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import type { SeededOfficial } from "./seed-officials";
import type { ReferenceData } from "./seed-reference-data";

export const PLAN_ORGANISATION_CODE = DEMO_ACCOUNTS.mdoAdmin.scope.organisationCode;
export const PLAN_YEAR = 2026;

const PLAN_ITEMS: { courseSlug: string; fracRoleCode?: string; designation?: string; dueInDays: number }[] = [
  { courseSlug: "gst-audit-and-scrutiny", fracRoleCode: "ROLE-GST-OFFICER", dueInDays: 182 },
  { courseSlug: "income-tax-faceless-assessment", fracRoleCode: "ROLE-ASSESSING-OFFICER", dueInDays: 182 },
  { courseSlug: "customs-valuation-and-classification", fracRoleCode: "ROLE-CUSTOMS-APPRAISER", dueInDays: 213 },
  { courseSlug: "rti-act-for-cpios", fracRoleCode: "ROLE-CPIO", dueInDays: 121 },
  { courseSlug: "gfr-2017-public-procurement", fracRoleCode: "ROLE-PROCUREMENT", dueInDays: 152 },
  { courseSlug: "ethics-and-integrity-in-governance", designation: "Superintendent", dueInDays: 243 },
  { courseSlug: "e-office-for-secretariat-staff", designation: "Tax Assistant", dueInDays: 90 },
];

export type SeededPlanItem = { id: string; courseId: string; fracRoleId: string | null; designation: string | null; dueAt: Date };

export async function seedCapacityBuildingPlan(
  prisma: PrismaClient,
  refs: ReferenceData,
  officials: Map<string, SeededOfficial>,
  courseIds: Map<string, string>,
): Promise<{ planId: string; organisationId: string; assignedById: string | null; items: SeededPlanItem[] }> {
  const organisation = refs.organisations.get(PLAN_ORGANISATION_CODE);
  if (!organisation) throw new Error(`Unknown plan organisation ${PLAN_ORGANISATION_CODE}`);
  const createdById = officials.get(DEMO_ACCOUNTS.mdoAdmin.email)?.id ?? null;

  const plan = await prisma.capacityBuildingPlan.upsert({
    where: { organisationId_year_version: { organisationId: organisation.id, year: PLAN_YEAR, version: 1 } },
    create: {
      organisationId: organisation.id,
      year: PLAN_YEAR,
      title: "Annual Capacity Building Plan 2026-27: Department of Revenue",
      status: "PUBLISHED",
      createdById,
      approvedById: createdById,
      approvedAt: daysFromBase(-19),
      publishedAt: daysFromBase(-19),
      createdAt: daysFromBase(-20),
    },
    update: {},
  });

  // Items have no natural key; they are created with the plan and left alone afterwards, since
  // enrolments point at them.
  const existing = await prisma.planItem.findMany({ where: { planId: plan.id }, orderBy: { createdAt: "asc" } });
  if (existing.length === 0) {
    await prisma.planItem.createMany({
      data: PLAN_ITEMS.map((item, index) => {
        const courseId = courseIds.get(item.courseSlug);
        if (!courseId) throw new Error(`Plan item refers to unknown course ${item.courseSlug}`);
        return {
          planId: plan.id,
          courseId,
          fracRoleId: item.fracRoleCode ? (refs.roles.get(item.fracRoleCode) ?? null) : null,
          designation: item.designation ?? null,
          dueAt: daysFromBase(item.dueInDays),
          createdAt: new Date(daysFromBase(-20).getTime() + index * 1000),
        };
      }),
    });
  }
  const items = await prisma.planItem.findMany({ where: { planId: plan.id }, orderBy: { createdAt: "asc" } });
  return {
    planId: plan.id,
    organisationId: organisation.id,
    assignedById: createdById,
    // The seeded plan assigns courses only (no programmes).
    items: items.flatMap(({ id, courseId, fracRoleId, designation, dueAt }) => (courseId ? [{ id, courseId, fracRoleId, designation, dueAt }] : [])),
  };
}
