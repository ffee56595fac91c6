// Catalogue orderings. "Relevance" only means something with a search query; without one the
// newest courses come first, so a bare /learn/catalogue is never in an arbitrary order.

export const CATALOGUE_SORTS = ["relevance", "newest", "rating", "popular", "duration"] as const;
export type CatalogueSort = (typeof CATALOGUE_SORTS)[number];

export const CATALOGUE_SORT_LABELS: Record<CatalogueSort, string> = {
  relevance: "Best match",
  newest: "Newest",
  rating: "Highest rated",
  popular: "Most enrolled",
  duration: "Shortest first",
};

export function effectiveSort(requested: CatalogueSort | undefined, hasQuery: boolean): CatalogueSort {
  if (!requested) return hasQuery ? "relevance" : "newest";
  if (requested === "relevance" && !hasQuery) return "newest";
  return requested;
}

/** The choices the sort control offers: "Best match" only while there is a query to match. */
export function sortChoices(hasQuery: boolean): CatalogueSort[] {
  return CATALOGUE_SORTS.filter((sort) => hasQuery || sort !== "relevance");
}
