import { CATALOGUE_HREF } from "../routes";
import { CATALOGUE_PARAM_NAMES, type CatalogueQuery } from "./catalogue-query.schema";

// Turns catalogue state back into a link. Defaults are left out (page 1, no sort), so equal
// searches share one URL and links stay short enough to paste into a message.

export type CatalogueFilterKey = "competency" | "competencyType" | "provider" | "mode" | "language" | "duration";
export const CATALOGUE_FILTER_KEYS: readonly CatalogueFilterKey[] = [
  "competency",
  "competencyType",
  "provider",
  "mode",
  "language",
  "duration",
];

const ORDER: (keyof CatalogueQuery)[] = ["q", ...CATALOGUE_FILTER_KEYS, "sort", "page"];

export function catalogueSearchParams(query: CatalogueQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ORDER) {
    const value = query[key];
    if (value === undefined || (key === "page" && value === 1)) continue;
    params.set(CATALOGUE_PARAM_NAMES[key], String(value));
  }
  return params;
}

export function catalogueHref(query: CatalogueQuery): string {
  const search = catalogueSearchParams(query).toString();
  return search ? `${CATALOGUE_HREF}?${search}` : CATALOGUE_HREF;
}

/** The same search on another page. */
export function cataloguePageHref(query: CatalogueQuery, page: number): string {
  return catalogueHref({ ...query, page });
}

/** The same search without one filter, back on page 1 (the old page may no longer exist). */
export function withoutFilterHref(query: CatalogueQuery, key: CatalogueFilterKey): string {
  const next: CatalogueQuery = { ...query, page: 1 };
  delete next[key];
  return catalogueHref(next);
}

export function activeFilterKeys(query: CatalogueQuery): CatalogueFilterKey[] {
  return CATALOGUE_FILTER_KEYS.filter((key) => query[key] !== undefined);
}
