import type { CatalogueFilterOptions } from "@/lib/server/catalogue/get-catalogue-filter-options";
import type { CatalogueQuery } from "@/lib/domain/catalogue/catalogue-query.schema";
import { activeFilterKeys, withoutFilterHref, type CatalogueFilterKey } from "@/lib/domain/catalogue/catalogue-href";
import { COMPETENCY_TYPE_LABELS, COURSE_LANGUAGE_LABELS, DELIVERY_MODE_LABELS } from "@/lib/domain/catalogue/catalogue-labels";
import { durationBand } from "@/lib/domain/catalogue/duration-bands";

export type AppliedFilter = { key: CatalogueFilterKey; label: string; removeHref: string };

// Names for the applied filters, e.g. "Provider: NIFM", each with a link that removes only it.
export function appliedFilters(query: CatalogueQuery, options: CatalogueFilterOptions): AppliedFilter[] {
  const describe = (key: CatalogueFilterKey): string => {
    switch (key) {
      case "competency":
        return `Competency: ${options.competencies.find((c) => c.code === query.competency)?.name ?? query.competency}`;
      case "competencyType":
        return `Type: ${query.competencyType ? COMPETENCY_TYPE_LABELS[query.competencyType] : ""}`;
      case "provider":
        return `Provider: ${options.providers.find((p) => p.code === query.provider)?.name ?? query.provider}`;
      case "mode":
        return `Mode: ${query.mode ? DELIVERY_MODE_LABELS[query.mode] : ""}`;
      case "language":
        return `Language: ${query.language ? COURSE_LANGUAGE_LABELS[query.language] : ""}`;
      case "duration":
        return `Duration: ${query.duration ? durationBand(query.duration).label : ""}`;
    }
  };
  return activeFilterKeys(query).map((key) => ({ key, label: describe(key), removeHref: withoutFilterHref(query, key) }));
}
