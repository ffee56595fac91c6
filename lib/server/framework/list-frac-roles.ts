import "server-only";
import { cache } from "react";
import { FRAMEWORK_PAGE_SIZE, type RoleListQuery } from "@/lib/domain/framework/framework-list-query";
import { pageWindow } from "@/lib/domain/pagination";
import { assertCan } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";

export type FracRoleListRow = { id: string; code: string; name: string; activities: number; requirements: number; posts: number };

export const listFracRoles = cache(async (user: Pick<CurrentUser, "grants">, query: RoleListQuery): Promise<{ rows: FracRoleListRow[]; total: number }> => {
  assertCan(user, "frac:read");
  const where: Prisma.FracRoleWhereInput = query.q
    ? { OR: [{ name: { contains: query.q, mode: "insensitive" } }, { code: { contains: query.q, mode: "insensitive" } }] }
    : {};
  const { offset, pageSize } = pageWindow(query.page, FRAMEWORK_PAGE_SIZE);
  const [rows, total] = await Promise.all([
    db.fracRole.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: offset,
      take: pageSize,
      select: { id: true, code: true, name: true, _count: { select: { activities: true, competencies: true, positions: true } } },
    }),
    db.fracRole.count({ where }),
  ]);
  return {
    total,
    rows: rows.map(({ _count, ...role }) => ({ ...role, activities: _count.activities, requirements: _count.competencies, posts: _count.positions })),
  };
});
