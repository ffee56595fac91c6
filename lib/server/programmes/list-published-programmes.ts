import "server-only";
import { cache } from "react";
import { db } from "@/lib/server/db";

export type ProgrammeCard = { id: string; slug: string; title: string; summary: string; providerName: string; courseCount: number };

/** Published programmes for the catalogue, newest first; a handful, so no paging. */
export const listPublishedProgrammes = cache(async (limit = 12): Promise<ProgrammeCard[]> => {
  const rows = await db.programme.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take: limit,
    select: { id: true, slug: true, title: true, summary: true, provider: { select: { name: true } }, _count: { select: { courses: true } } },
  });
  return rows.map((row) => ({ id: row.id, slug: row.slug, title: row.title, summary: row.summary, providerName: row.provider.name, courseCount: row._count.courses }));
});
