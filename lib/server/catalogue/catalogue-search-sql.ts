import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { CatalogueQuery } from "../../domain/catalogue/catalogue-query.schema";
import { effectiveSort, type CatalogueSort } from "../../domain/catalogue/catalogue-sort";
import { durationBand } from "../../domain/catalogue/duration-bands";

// The catalogue search as SQL, apart from running it, so the page and the benchmark's EXPLAIN
// ANALYZE measure the very same statement. Every value from the URL travels as a bind parameter
// (Prisma.sql placeholders); only fixed fragments written here are ever spliced into the text.
//
// Matching: full text over the generated "searchVector" (stemmed English: "procure" finds
// "procurement") OR trigram word similarity over "searchText" (typos: "procurment"). Both are
// served by GIN indexes. Ranking adds the two scores, so an exact title hit beats a near miss.

export const CATALOGUE_PAGE_SIZE = 12;

const ORDER_BY: Record<CatalogueSort, Prisma.Sql> = {
  relevance: Prisma.sql`"rank" DESC, c."publishedAt" DESC NULLS LAST, c."id"`,
  newest: Prisma.sql`c."publishedAt" DESC NULLS LAST, c."id"`,
  // Unrated courses last, whatever their (empty) average; then more ratings win a tie.
  rating: Prisma.sql`(c."ratingCount" = 0), c."ratingSum"::float8 / NULLIF(c."ratingCount", 0) DESC, c."ratingCount" DESC, c."id"`,
  popular: Prisma.sql`c."enrolmentCount" DESC, c."publishedAt" DESC NULLS LAST, c."id"`,
  duration: Prisma.sql`c."durationMinutes", c."id"`,
};

function whereClause(query: CatalogueQuery): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`c."status" = 'PUBLISHED'`];
  if (query.q) {
    conditions.push(
      Prisma.sql`(c."searchVector" @@ websearch_to_tsquery('english', ${query.q}) OR c."searchText" %> ${query.q})`,
    );
  }
  if (query.competency || query.competencyType) {
    const competency = query.competency ? Prisma.sql`AND k."code" = ${query.competency}` : Prisma.empty;
    const type = query.competencyType ? Prisma.sql`AND k."type" = CAST(${query.competencyType} AS "CompetencyType")` : Prisma.empty;
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "CourseCompetency" cc JOIN "Competency" k ON k."id" = cc."competencyId"
      WHERE cc."courseId" = c."id" ${competency} ${type})`);
  }
  if (query.provider) conditions.push(Prisma.sql`p."code" = ${query.provider}`);
  if (query.mode) conditions.push(Prisma.sql`c."mode" = CAST(${query.mode} AS "DeliveryMode")`);
  if (query.language) conditions.push(Prisma.sql`c."language" = CAST(${query.language} AS "Language")`);
  if (query.duration) {
    const band = durationBand(query.duration);
    if (band.minMinutes !== null) conditions.push(Prisma.sql`c."durationMinutes" >= ${band.minMinutes}`);
    if (band.maxMinutes !== null) conditions.push(Prisma.sql`c."durationMinutes" <= ${band.maxMinutes}`);
  }
  return Prisma.join(conditions, " AND ");
}

function rankExpression(query: CatalogueQuery): Prisma.Sql {
  if (!query.q) return Prisma.sql`0::float8`;
  return Prisma.sql`(ts_rank(c."searchVector", websearch_to_tsquery('english', ${query.q}))
    + word_similarity(${query.q}, c."searchText"))::float8`;
}

/** One page of matching courses, each with its competency names (strongest level first). */
export function catalogueResultsSql(query: CatalogueQuery, pageSize = CATALOGUE_PAGE_SIZE): Prisma.Sql {
  const sort = effectiveSort(query.sort, Boolean(query.q));
  const offset = (query.page - 1) * pageSize;
  // Competencies are looked up only for the rows of the page, after sorting and LIMIT.
  return Prisma.sql`
    WITH page AS (
      SELECT c."id", c."slug", c."title", c."titleHi", c."summary", c."mode"::text AS "mode",
             c."language"::text AS "language", c."durationMinutes", c."ratingCount", c."ratingSum",
             c."enrolmentCount", c."publishedAt", c."thumbnailId", p."name" AS "providerName", ${rankExpression(query)} AS "rank"
      FROM "Course" c JOIN "Provider" p ON p."id" = c."providerId"
      WHERE ${whereClause(query)}
      ORDER BY ${ORDER_BY[sort]}
      LIMIT ${pageSize} OFFSET ${offset}
    )
    SELECT page.*,
      ARRAY(SELECT k."name" FROM "CourseCompetency" cc JOIN "Competency" k ON k."id" = cc."competencyId"
            WHERE cc."courseId" = page."id" ORDER BY cc."level" DESC, k."name") AS "competencies"
    FROM page
    ORDER BY ${ORDER_BY_OUTER[sort]}`;
}

// The CTE's order is not guaranteed to survive the outer SELECT, so it is restated over the CTE's
// columns.
const ORDER_BY_OUTER: Record<CatalogueSort, Prisma.Sql> = {
  relevance: Prisma.sql`page."rank" DESC, page."publishedAt" DESC NULLS LAST, page."id"`,
  newest: Prisma.sql`page."publishedAt" DESC NULLS LAST, page."id"`,
  rating: Prisma.sql`(page."ratingCount" = 0), page."ratingSum"::float8 / NULLIF(page."ratingCount", 0) DESC, page."ratingCount" DESC, page."id"`,
  popular: Prisma.sql`page."enrolmentCount" DESC, page."publishedAt" DESC NULLS LAST, page."id"`,
  duration: Prisma.sql`page."durationMinutes", page."id"`,
};

export function catalogueCountSql(query: CatalogueQuery): Prisma.Sql {
  return Prisma.sql`
    SELECT count(*)::int AS "total"
    FROM "Course" c JOIN "Provider" p ON p."id" = c."providerId"
    WHERE ${whereClause(query)}`;
}

export type CatalogueResultRow = {
  id: string;
  slug: string;
  title: string;
  titleHi: string | null;
  summary: string;
  mode: string;
  language: string;
  durationMinutes: number;
  ratingCount: number;
  ratingSum: number;
  enrolmentCount: number;
  publishedAt: Date | null;
  thumbnailId: string | null;
  providerName: string;
  rank: number;
  competencies: string[];
};
