import type { useTranslations } from "next-intl";
import type { CatalogueFilterOptions } from "@/lib/server/catalogue/get-catalogue-filter-options";
import type { CatalogueQuery } from "@/lib/domain/catalogue/catalogue-query.schema";
import { activeFilterKeys, withoutFilterHref, type CatalogueFilterKey } from "@/lib/domain/catalogue/catalogue-href";

export type AppliedFilter = { key: CatalogueFilterKey; label: string; removeHref: string };

type CatalogueTranslator = ReturnType<typeof useTranslations<"catalogue">>;

// Names for the applied filters, e.g. "Provider: NIFM", each with a link that removes only it.
export function appliedFilters(query: CatalogueQuery, options: CatalogueFilterOptions, t: CatalogueTranslator): AppliedFilter[] {
  const value = (key: CatalogueFilterKey): string => {
    switch (key) {
      case "competency":
        return options.competencies.find((c) => c.code === query.competency)?.name ?? query.competency ?? "";
      case "competencyType":
        return query.competencyType ? t(`competencyTypes.${query.competencyType}`) : "";
      case "provider":
        return options.providers.find((p) => p.code === query.provider)?.name ?? query.provider ?? "";
      case "mode":
        return query.mode ? t(`modes.${query.mode}`) : "";
      case "language":
        return query.language ? t(`languages.${query.language}`) : "";
      case "duration":
        return query.duration ? t(`durationBands.${query.duration}`) : "";
    }
  };
  return activeFilterKeys(query).map((key) => ({
    key,
    label: t(`chips.${key}`, { value: value(key) }),
    removeHref: withoutFilterHref(query, key),
  }));
}
