import "server-only";
import { cache } from "react";
import type { CompetencyTypeName } from "@/lib/domain/framework/framework-document";
import { assertCan } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import { db } from "@/lib/server/db";

export type FrameworkFormOptions = {
  /** Roles require and draw on the active version's competencies only. */
  competencies: { id: string; name: string; code: string; type: CompetencyTypeName }[];
  organisations: { id: string; code: string; name: string }[];
  roles: { id: string; code: string; name: string }[];
};

/** What the role and post forms offer to choose from; only those who may edit need it. */
export const getFrameworkFormOptions = cache(async (user: Pick<CurrentUser, "grants">): Promise<FrameworkFormOptions> => {
  assertCan(user, "frac:manage");
  const [competencies, organisations, roles] = await Promise.all([
    db.competency.findMany({
      where: { framework: { status: "ACTIVE" } },
      orderBy: [{ type: "asc" }, { name: "asc" }],
      select: { id: true, name: true, code: true, type: true },
    }),
    db.organisation.findMany({ orderBy: { name: "asc" }, select: { id: true, code: true, name: true } }),
    db.fracRole.findMany({ orderBy: { name: "asc" }, select: { id: true, code: true, name: true } }),
  ]);
  return { competencies: competencies.map((c) => ({ ...c, type: c.type as CompetencyTypeName })), organisations, roles };
});
