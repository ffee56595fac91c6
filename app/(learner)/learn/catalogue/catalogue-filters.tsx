import type { ReactNode } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { CatalogueFilterOptions } from "@/lib/server/catalogue/get-catalogue-filter-options";
import type { CatalogueQuery } from "@/lib/domain/catalogue/catalogue-query.schema";
import { CATALOGUE_PARAM_NAMES } from "@/lib/domain/catalogue/catalogue-query.schema";
import { activeFilterKeys, catalogueHref } from "@/lib/domain/catalogue/catalogue-href";
import { COMPETENCY_TYPES, COURSE_LANGUAGES, DELIVERY_MODES } from "@/lib/domain/catalogue/catalogue-labels";
import { DURATION_BANDS } from "@/lib/domain/catalogue/duration-bands";
import { FilterDisclosure } from "./filter-disclosure";

export const CATALOGUE_FORM_ID = "catalogue-search";

const LABEL = "block text-sm font-semibold text-slate-800";
const SELECT =
  "mt-1 block min-h-11 w-full min-w-0 rounded-md border border-slate-400 bg-white px-3 text-base text-slate-900 sm:text-sm";

type FilterSelectProps = {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  children: ReactNode;
};

function FilterSelect({ id, name, label, value, children }: FilterSelectProps) {
  const t = useTranslations("catalogue.filters");
  return (
    <div className="min-w-0">
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} form={CATALOGUE_FORM_ID} className={SELECT}>
        <option value="">{t("any")}</option>
        {children}
      </select>
    </div>
  );
}

/** The filter controls; they belong to the search form by its id, so one submit carries everything. */
export function CatalogueFilters({ query, options }: { query: CatalogueQuery; options: CatalogueFilterOptions }) {
  const t = useTranslations("catalogue");
  const active = activeFilterKeys(query);
  return (
    <FilterDisclosure activeCount={active.length}>
      <div className="space-y-4">
        <FilterSelect id="filter-competency" name={CATALOGUE_PARAM_NAMES.competency} label={t("filters.competency")} value={query.competency}>
          {COMPETENCY_TYPES.map((type) => {
            const inType = options.competencies.filter((competency) => competency.type === type);
            return inType.length === 0 ? null : (
              <optgroup key={type} label={t(`competencyTypes.${type}`)}>
                {inType.map((competency) => (
                  <option key={competency.code} value={competency.code}>
                    {competency.name}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </FilterSelect>
        <FilterSelect id="filter-type" name={CATALOGUE_PARAM_NAMES.competencyType} label={t("filters.competencyType")} value={query.competencyType}>
          {COMPETENCY_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`competencyTypes.${type}`)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="filter-provider" name={CATALOGUE_PARAM_NAMES.provider} label={t("filters.provider")} value={query.provider}>
          {options.providers.map((provider) => (
            <option key={provider.code} value={provider.code}>
              {provider.name}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="filter-mode" name={CATALOGUE_PARAM_NAMES.mode} label={t("filters.mode")} value={query.mode}>
          {DELIVERY_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`modes.${mode}`)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="filter-language" name={CATALOGUE_PARAM_NAMES.language} label={t("filters.language")} value={query.language}>
          {COURSE_LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`languages.${language}`)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="filter-duration" name={CATALOGUE_PARAM_NAMES.duration} label={t("filters.duration")} value={query.duration}>
          {DURATION_BANDS.map((band) => (
            <option key={band.id} value={band.id}>
              {t(`durationBands.${band.id}`)}
            </option>
          ))}
        </FilterSelect>
        <div className="flex flex-wrap items-center gap-3 pt-1">
          <button
            type="submit"
            form={CATALOGUE_FORM_ID}
            className="inline-flex min-h-11 items-center rounded-md bg-navy-800 px-4 text-sm font-semibold text-white hover:bg-navy-700"
          >
            {t("filters.apply")}
          </button>
          {active.length > 0 ? (
            <Link
              href={catalogueHref({ q: query.q, sort: query.sort, page: 1 })}
              className="inline-flex min-h-11 items-center text-sm font-semibold text-navy-700 underline"
            >
              {t("filters.clear")}
            </Link>
          ) : null}
        </div>
      </div>
    </FilterDisclosure>
  );
}
