import "server-only";
import { cache } from "react";
import { selfAssessmentState, type SelfAssessmentState } from "@/lib/domain/competency/endorsement";
import { strictestRequirements } from "@/lib/domain/competency/requirement-status";
import { db } from "@/lib/server/db";

export type SelfAssessmentItem = {
  competencyId: string;
  name: string;
  type: string;
  description: string;
  required: number;
  held: number;
  /** The dictionary's five levels, so the official rates against the same words the framework uses. */
  levels: { level: number; name: string; descriptor: string }[];
  rating: { level: number; note: string | null; assessedAt: Date; state: SelfAssessmentState; reviewedAt: Date | null; reviewedByName: string | null } | null;
};

export type SelfAssessmentSheet = { postTitle: string | null; items: SelfAssessmentItem[] };

const NAME_ORDER = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** Every competency the official's post requires, with their own rating of it (if any) and what they hold. */
export const getSelfAssessmentSheet = cache(async (userId: string): Promise<SelfAssessmentSheet | null> => {
  const official = await db.user.findUnique({
    where: { id: userId },
    select: {
      fracPosition: {
        select: { title: true, roles: { select: { role: { select: { competencies: { select: { competencyId: true, requiredLevel: true } } } } } } },
      },
    },
  });
  if (!official) return null;
  const required = strictestRequirements(official.fracPosition?.roles.flatMap(({ role }) => role.competencies) ?? []);
  const ids = [...required.keys()];
  if (ids.length === 0) return { postTitle: official.fracPosition?.title ?? null, items: [] };

  const [competencies, held, ratings] = await Promise.all([
    db.competency.findMany({
      where: { id: { in: ids } },
      select: { id: true, name: true, type: true, description: true, levels: { orderBy: { level: "asc" }, select: { level: true, name: true, descriptor: true } } },
    }),
    db.officialCompetency.findMany({ where: { userId, competencyId: { in: ids } }, select: { competencyId: true, level: true } }),
    db.selfAssessment.findMany({
      where: { userId, competencyId: { in: ids } },
      select: { competencyId: true, level: true, note: true, assessedAt: true, reviewedAt: true, reviewedBy: { select: { name: true } } },
    }),
  ]);
  const heldLevels = new Map(held.map((row) => [row.competencyId, row.level]));
  const ratingOf = new Map(ratings.map((row) => [row.competencyId, row]));
  return {
    postTitle: official.fracPosition?.title ?? null,
    items: competencies
      .map((competency) => {
        const rating = ratingOf.get(competency.id);
        return {
          competencyId: competency.id,
          name: competency.name,
          type: competency.type,
          description: competency.description,
          required: required.get(competency.id) ?? 0,
          held: heldLevels.get(competency.id) ?? 0,
          levels: competency.levels,
          rating: rating
            ? {
                level: rating.level,
                note: rating.note,
                assessedAt: rating.assessedAt,
                state: selfAssessmentState(rating),
                reviewedAt: rating.reviewedAt,
                reviewedByName: rating.reviewedBy?.name ?? null,
              }
            : null,
        };
      })
      .sort((a, b) => NAME_ORDER.compare(a.name, b.name)),
  };
});
