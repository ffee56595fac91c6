import "server-only";
import { cache } from "react";
import { db } from "@/lib/server/db";
import type { CompetencyTypeName } from "@/lib/domain/catalogue/catalogue-labels";

export type CatalogueFilterOptions = {
  competencies: { code: string; name: string; type: CompetencyTypeName }[];
  providers: { code: string; name: string }[];
};

// Only values that lead somewhere: a competency or provider without a published course would
// be a filter that always returns nothing.
export const getCatalogueFilterOptions = cache(async (): Promise<CatalogueFilterOptions> => {
  const [competencies, providers] = await Promise.all([
    db.competency.findMany({
      where: { courses: { some: { course: { status: "PUBLISHED" } } } },
      orderBy: [{ name: "asc" }],
      select: { code: true, name: true, type: true },
    }),
    db.provider.findMany({
      where: { courses: { some: { status: "PUBLISHED" } } },
      orderBy: [{ name: "asc" }],
      select: { code: true, name: true },
    }),
  ]);
  return { competencies, providers };
});
