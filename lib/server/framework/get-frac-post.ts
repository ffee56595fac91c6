import "server-only";
import { cache } from "react";
import { z } from "zod";
import { assertCan } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import { db } from "@/lib/server/db";

export type FracPostDetail = {
  id: string;
  code: string;
  title: string;
  description: string | null;
  organisation: { id: string; code: string; name: string } | null;
  roles: { id: string; code: string; name: string; requirements: number }[];
  /** Active officials holding the post. */
  officials: number;
};

export const getFracPost = cache(async (user: Pick<CurrentUser, "grants">, id: string): Promise<FracPostDetail | null> => {
  assertCan(user, "frac:read");
  if (!z.uuid().safeParse(id).success) return null;
  const post = await db.fracPosition.findUnique({
    where: { id },
    select: {
      id: true,
      code: true,
      title: true,
      description: true,
      organisation: { select: { id: true, code: true, name: true } },
      roles: { orderBy: { role: { name: "asc" } }, select: { role: { select: { id: true, code: true, name: true, _count: { select: { competencies: true } } } } } },
      _count: { select: { officials: { where: { status: "ACTIVE" } } } },
    },
  });
  if (!post) return null;
  return {
    id: post.id,
    code: post.code,
    title: post.title,
    description: post.description,
    organisation: post.organisation,
    roles: post.roles.map(({ role }) => ({ id: role.id, code: role.code, name: role.name, requirements: role._count.competencies })),
    officials: post._count.officials,
  };
});
