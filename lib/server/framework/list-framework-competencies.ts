import "server-only";
import { cache } from "react";
import { FRAMEWORK_PAGE_SIZE, type CompetencyListQuery } from "@/lib/domain/framework/framework-list-query";
import type { CompetencyTypeName } from "@/lib/domain/framework/framework-document";
import { pageWindow } from "@/lib/domain/pagination";
import { assertCan } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";

export type CompetencyListRow = {
  id: string;
  code: string;
  externalId: string | null;
  name: string;
  nameHi: string | null;
  type: CompetencyTypeName;
  area: string;
  requiredByRoles: number;
  courses: number;
};

export type CompetencyListPage = {
  /** The version listed: the one asked for, or the active one. Null when the code is unknown. */
  version: { code: string; name: string; status: "ACTIVE" | "SUPERSEDED" } | null;
  versions: { code: string; name: string; status: "ACTIVE" | "SUPERSEDED" }[];
  areas: string[];
  rows: CompetencyListRow[];
  total: number;
};

/** Competencies of one version, searched by name, code or external id and filtered by type and area. */
export const listFrameworkCompetencies = cache(async (user: Pick<CurrentUser, "grants">, query: CompetencyListQuery): Promise<CompetencyListPage> => {
  assertCan(user, "frac:read");
  const versions = await db.competencyFramework.findMany({
    orderBy: [{ activatedAt: "desc" }, { code: "asc" }],
    select: { id: true, code: true, name: true, status: true },
  });
  const version = query.version ? versions.find((entry) => entry.code === query.version) : versions.find((entry) => entry.status === "ACTIVE");
  const summary = versions.map(({ code, name, status }) => ({ code, name, status }));
  if (!version) return { version: null, versions: summary, areas: [], rows: [], total: 0 };

  const where: Prisma.CompetencyWhereInput = {
    frameworkId: version.id,
    ...(query.type && { type: query.type }),
    ...(query.area && { area: query.area }),
    ...(query.q && {
      OR: [
        { name: { contains: query.q, mode: "insensitive" } },
        { nameHi: { contains: query.q, mode: "insensitive" } },
        { code: { contains: query.q, mode: "insensitive" } },
        { externalId: { contains: query.q, mode: "insensitive" } },
      ],
    }),
  };
  const { offset, pageSize } = pageWindow(query.page, FRAMEWORK_PAGE_SIZE);
  const [rows, total, areas] = await Promise.all([
    db.competency.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: offset,
      take: pageSize,
      select: {
        id: true,
        code: true,
        externalId: true,
        name: true,
        nameHi: true,
        type: true,
        area: true,
        _count: { select: { roleRequirements: true, courses: { where: { course: { status: "PUBLISHED" } } } } },
      },
    }),
    db.competency.count({ where }),
    db.competency.findMany({ where: { frameworkId: version.id }, distinct: ["area"], orderBy: { area: "asc" }, select: { area: true } }),
  ]);
  return {
    version: { code: version.code, name: version.name, status: version.status },
    versions: summary,
    areas: areas.map((row) => row.area),
    total,
    rows: rows.map(({ _count, ...row }) => ({ ...row, type: row.type as CompetencyTypeName, requiredByRoles: _count.roleRequirements, courses: _count.courses })),
  };
});
