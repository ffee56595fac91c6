import "server-only";
import { cache } from "react";
import type { CurrentUser } from "@/lib/domain/roles";
import { organisationWhereInScope } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";

export type ContentRequestFormOptions = {
  organisations: { id: string; name: string }[];
  competencies: { id: string; name: string; area: string }[];
};

/** The organisations the user may request for (their subtrees) and the active framework's competencies. */
export const getContentRequestFormOptions = cache(async (user: Pick<CurrentUser, "grants">): Promise<ContentRequestFormOptions> => {
  const [organisations, competencies] = await Promise.all([
    db.organisation.findMany({ where: organisationWhereInScope(user, "manage"), orderBy: [{ name: "asc" }], take: 500, select: { id: true, name: true } }),
    db.competency.findMany({ where: { framework: { status: "ACTIVE" } }, orderBy: [{ name: "asc" }], select: { id: true, name: true, area: true } }),
  ]);
  return { organisations, competencies };
});
