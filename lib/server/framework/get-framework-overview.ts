import "server-only";
import { cache } from "react";
import { assertCan } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import { db } from "@/lib/server/db";

export type FrameworkVersion = {
  code: string;
  name: string;
  description: string | null;
  status: "ACTIVE" | "SUPERSEDED";
  activatedAt: Date;
  supersededAt: Date | null;
  competencies: number;
};

export type FrameworkOverview = {
  active: FrameworkVersion;
  roles: number;
  posts: number;
  /** Officials holding a post that carries a FRAC role. */
  officialsInPosts: number;
  /** Newest first; superseded versions stay readable. */
  versions: FrameworkVersion[];
};

export const getFrameworkOverview = cache(async (user: Pick<CurrentUser, "grants">): Promise<FrameworkOverview> => {
  assertCan(user, "frac:read");
  const [frameworks, roles, posts, officialsInPosts] = await Promise.all([
    db.competencyFramework.findMany({
      orderBy: [{ activatedAt: "desc" }, { code: "asc" }],
      select: { code: true, name: true, description: true, status: true, activatedAt: true, supersededAt: true, _count: { select: { competencies: true } } },
    }),
    db.fracRole.count(),
    db.fracPosition.count(),
    db.user.count({ where: { fracPositionId: { not: null }, status: "ACTIVE" } }),
  ]);
  const versions = frameworks.map(({ _count, ...framework }) => ({ ...framework, competencies: _count.competencies }));
  const active = versions.find((version) => version.status === "ACTIVE");
  if (!active) throw new Error("No active competency framework: the migrations create one.");
  return { active, roles, posts, officialsInPosts, versions };
});
