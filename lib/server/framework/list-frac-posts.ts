import "server-only";
import { cache } from "react";
import { FRAMEWORK_PAGE_SIZE, type PostListQuery } from "@/lib/domain/framework/framework-list-query";
import { pageWindow } from "@/lib/domain/pagination";
import { assertCan } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";

export type FracPostListRow = {
  id: string;
  code: string;
  title: string;
  organisation: { code: string; name: string } | null;
  roles: { code: string; name: string }[];
  officials: number;
};

export type FracPostListPage = {
  rows: FracPostListRow[];
  total: number;
  /** Organisations that have posts, for the filter. */
  organisations: { code: string; name: string }[];
};

export const listFracPosts = cache(async (user: Pick<CurrentUser, "grants">, query: PostListQuery): Promise<FracPostListPage> => {
  assertCan(user, "frac:read");
  const where: Prisma.FracPositionWhereInput = {
    ...(query.organisation && { organisation: { code: query.organisation } }),
    ...(query.q && { OR: [{ title: { contains: query.q, mode: "insensitive" } }, { code: { contains: query.q, mode: "insensitive" } }] }),
  };
  const { offset, pageSize } = pageWindow(query.page, FRAMEWORK_PAGE_SIZE);
  const [rows, total, organisations] = await Promise.all([
    db.fracPosition.findMany({
      where,
      orderBy: [{ title: "asc" }, { code: "asc" }],
      skip: offset,
      take: pageSize,
      select: {
        id: true,
        code: true,
        title: true,
        organisation: { select: { code: true, name: true } },
        roles: { orderBy: { role: { name: "asc" } }, select: { role: { select: { code: true, name: true } } } },
        _count: { select: { officials: { where: { status: "ACTIVE" } } } },
      },
    }),
    db.fracPosition.count({ where }),
    db.organisation.findMany({ where: { fracPositions: { some: {} } }, orderBy: { name: "asc" }, select: { code: true, name: true } }),
  ]);
  return {
    total,
    organisations,
    rows: rows.map(({ _count, roles, ...post }) => ({ ...post, roles: roles.map((link) => link.role), officials: _count.officials })),
  };
});
