// Catalogue orderings. "Relevance" only means something with a search query; without one the
// newest courses come first, so a bare /learn/catalogue is never in an arbitrary order. Their
// names ("Best match", "Newest"…) are messages (catalogue.sorts), keyed by these values.

export const CATALOGUE_SORTS = ["relevance", "newest", "rating", "popular", "duration"] as const;
export type CatalogueSort = (typeof CATALOGUE_SORTS)[number];

export function effectiveSort(requested: CatalogueSort | undefined, hasQuery: boolean): CatalogueSort {
  if (!requested) return hasQuery ? "relevance" : "newest";
  if (requested === "relevance" && !hasQuery) return "newest";
  return requested;
}

/** The choices the sort control offers: relevance ("Best match") only while there is a query to match. */
export function sortChoices(hasQuery: boolean): CatalogueSort[] {
  return CATALOGUE_SORTS.filter((sort) => hasQuery || sort !== "relevance");
}
