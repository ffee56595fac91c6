import "server-only";
import { cache } from "react";
import { z } from "zod";
import type { CompetencyTypeName, LevelDescriptor } from "@/lib/domain/framework/framework-document";
import { assertCan } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import { db } from "@/lib/server/db";

export type LinkedCompetency = { id: string; name: string; code: string; frameworkCode: string };

export type FrameworkCompetency = {
  id: string;
  externalId: string | null;
  code: string;
  name: string;
  nameHi: string | null;
  type: CompetencyTypeName;
  area: string;
  description: string;
  framework: { code: string; name: string; status: "ACTIVE" | "SUPERSEDED" };
  levels: LevelDescriptor[];
  requiredBy: { roleId: string; code: string; name: string; level: number }[];
  activities: { roleId: string; roleCode: string; roleName: string; position: number; description: string }[];
  courses: { slug: string; title: string; level: number }[];
  /** Its successors in a newer version, and its predecessors in an older one. */
  mappedTo: LinkedCompetency[];
  mappedFrom: LinkedCompetency[];
};

const LINKED = { id: true, name: true, code: true, framework: { select: { code: true } } } as const;
const linked = (row: { id: string; name: string; code: string; framework: { code: string } }): LinkedCompetency => ({
  id: row.id,
  name: row.name,
  code: row.code,
  frameworkCode: row.framework.code,
});

/** One competency of any version, with where it is required and which published courses impart it. */
export const getFrameworkCompetency = cache(async (user: Pick<CurrentUser, "grants">, id: string): Promise<FrameworkCompetency | null> => {
  assertCan(user, "frac:read");
  if (!z.uuid().safeParse(id).success) return null;
  const competency = await db.competency.findUnique({
    where: { id },
    select: {
      id: true,
      externalId: true,
      code: true,
      name: true,
      nameHi: true,
      type: true,
      area: true,
      description: true,
      framework: { select: { code: true, name: true, status: true } },
      levels: { orderBy: { level: "asc" }, select: { level: true, name: true, descriptor: true } },
      roleRequirements: { orderBy: { role: { name: "asc" } }, select: { requiredLevel: true, role: { select: { id: true, code: true, name: true } } } },
      activityLinks: {
        orderBy: [{ activity: { role: { name: "asc" } } }, { activity: { position: "asc" } }],
        select: { activity: { select: { position: true, description: true, role: { select: { id: true, code: true, name: true } } } } },
      },
      courses: {
        where: { course: { status: "PUBLISHED" } },
        orderBy: { course: { title: "asc" } },
        select: { level: true, course: { select: { slug: true, title: true } } },
      },
      mappedTo: { select: { to: { select: LINKED } } },
      mappedFrom: { select: { from: { select: LINKED } } },
    },
  });
  if (!competency) return null;
  return {
    id: competency.id,
    externalId: competency.externalId,
    code: competency.code,
    name: competency.name,
    nameHi: competency.nameHi,
    type: competency.type as CompetencyTypeName,
    area: competency.area,
    description: competency.description,
    framework: competency.framework,
    levels: competency.levels,
    requiredBy: competency.roleRequirements.map(({ requiredLevel, role }) => ({ roleId: role.id, code: role.code, name: role.name, level: requiredLevel })),
    activities: competency.activityLinks.map(({ activity }) => ({
      roleId: activity.role.id,
      roleCode: activity.role.code,
      roleName: activity.role.name,
      position: activity.position,
      description: activity.description,
    })),
    courses: competency.courses.map(({ level, course }) => ({ slug: course.slug, title: course.title, level })),
    mappedTo: competency.mappedTo.map((mapping) => linked(mapping.to)),
    mappedFrom: competency.mappedFrom.map((mapping) => linked(mapping.from)),
  };
});
