import "server-only";
import { cache } from "react";
import { db } from "@/lib/server/db";
import type { CatalogueQuery } from "@/lib/domain/catalogue/catalogue-query.schema";
import { averageRating } from "@/lib/domain/catalogue/average-rating";
import type { CourseLanguageName, DeliveryModeName } from "@/lib/domain/catalogue/catalogue-labels";
import { pageCount } from "@/lib/domain/pagination";
import { mediaHref } from "@/lib/domain/routes";
import {
  CATALOGUE_PAGE_SIZE,
  catalogueCountSql,
  catalogueResultsSql,
  type CatalogueResultRow,
} from "./catalogue-search-sql";

export type CatalogueCourse = {
  id: string;
  slug: string;
  title: string;
  titleHi: string | null;
  summary: string;
  providerName: string;
  mode: DeliveryModeName;
  language: CourseLanguageName;
  durationMinutes: number;
  averageRating: number | null;
  ratingCount: number;
  enrolmentCount: number;
  competencies: string[];
  /** The course image (an uploaded thumbnail), or null. */
  thumbnailUrl: string | null;
};

export type CatalogueResults = {
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  courses: CatalogueCourse[];
};

function toCourse(row: CatalogueResultRow): CatalogueCourse {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    titleHi: row.titleHi,
    summary: row.summary,
    providerName: row.providerName,
    mode: row.mode as DeliveryModeName,
    language: row.language as CourseLanguageName,
    durationMinutes: row.durationMinutes,
    averageRating: averageRating(row.ratingSum, row.ratingCount),
    ratingCount: row.ratingCount,
    enrolmentCount: row.enrolmentCount,
    competencies: row.competencies,
    thumbnailUrl: row.thumbnailId ? mediaHref(row.thumbnailId) : null,
  };
}

// cache() compares arguments by identity, so the query is keyed by its JSON form: the page and
// its metadata then share one search per request.
const searchByKey = cache(async (key: string): Promise<CatalogueResults> => {
  const { query, pageSize } = JSON.parse(key) as { query: CatalogueQuery; pageSize: number };
  const [rows, counts] = await Promise.all([
    db.$queryRaw<CatalogueResultRow[]>(catalogueResultsSql(query, pageSize)),
    db.$queryRaw<{ total: number }[]>(catalogueCountSql(query)),
  ]);
  const total = counts[0]?.total ?? 0;
  return { total, page: query.page, pageCount: pageCount(total, pageSize), pageSize, courses: rows.map(toCourse) };
});

/** Published courses matching the learner's search, filters and sort, one page at a time. */
export function searchCatalogue(query: CatalogueQuery, pageSize: number = CATALOGUE_PAGE_SIZE): Promise<CatalogueResults> {
  return searchByKey(JSON.stringify({ query, pageSize }));
}
