import { z } from "zod";
import { CATALOGUE_SORTS, type CatalogueSort } from "./catalogue-sort";
import { COMPETENCY_TYPES, COURSE_LANGUAGES, DELIVERY_MODES, type CompetencyTypeName, type CourseLanguageName, type DeliveryModeName } from "./catalogue-labels";
import { DURATION_BAND_IDS, type DurationBandId } from "./duration-bands";

// The catalogue's whole state lives in the URL, so anything here may have been typed, shared or
// left over from an older link. A value that does not parse is dropped rather than failing the
// page: the learner still gets results, just without that one filter.

export const MAX_QUERY_LENGTH = 100;
export const MAX_PAGE = 10_000;

export type CatalogueQuery = {
  q?: string;
  competency?: string;
  competencyType?: CompetencyTypeName;
  provider?: string;
  mode?: DeliveryModeName;
  language?: CourseLanguageName;
  duration?: DurationBandId;
  sort?: CatalogueSort;
  page: number;
};

export type RawSearchParams = Record<string, string | string[] | undefined>;

/** URL parameter per field; short, stable names because these links get shared. */
export const CATALOGUE_PARAM_NAMES = {
  q: "q",
  competency: "competency",
  competencyType: "type",
  provider: "provider",
  mode: "mode",
  language: "lang",
  duration: "duration",
  sort: "sort",
  page: "page",
} as const satisfies Record<keyof CatalogueQuery, string>;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

// Control characters never belong in a search; whitespace runs collapse so "rti   act" and
// "rti act" are one search (and one cache entry).
const searchText = z.preprocess(
  (value) => {
    const text = first(value);
    if (typeof text !== "string") return undefined;
    const clean = text.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim();
    return clean === "" ? undefined : clean.slice(0, MAX_QUERY_LENGTH).trim();
  },
  z.string().optional(),
);

// Competency and provider codes: letters, digits and a few separators (e.g. "BEH-INTEGRITY").
const code = z.preprocess(first, z.string().regex(/^[A-Za-z0-9._-]{1,64}$/).optional()).catch(undefined);

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(first, z.enum(values).optional()).catch(undefined);

const page = z
  .preprocess(first, z.string().regex(/^\d{1,6}$/).transform(Number).pipe(z.number().int().min(1).max(MAX_PAGE)))
  .catch(1);

export const catalogueQuerySchema = z.object({
  [CATALOGUE_PARAM_NAMES.q]: searchText,
  [CATALOGUE_PARAM_NAMES.competency]: code,
  [CATALOGUE_PARAM_NAMES.competencyType]: oneOf(COMPETENCY_TYPES),
  [CATALOGUE_PARAM_NAMES.provider]: code,
  [CATALOGUE_PARAM_NAMES.mode]: oneOf(DELIVERY_MODES),
  [CATALOGUE_PARAM_NAMES.language]: oneOf(COURSE_LANGUAGES),
  [CATALOGUE_PARAM_NAMES.duration]: oneOf(DURATION_BAND_IDS),
  [CATALOGUE_PARAM_NAMES.sort]: oneOf(CATALOGUE_SORTS),
  [CATALOGUE_PARAM_NAMES.page]: page,
});

export function parseCatalogueQuery(params: RawSearchParams): CatalogueQuery {
  const parsed = catalogueQuerySchema.parse(params);
  const query: CatalogueQuery = {
    q: parsed.q,
    competency: parsed.competency,
    competencyType: parsed.type,
    provider: parsed.provider,
    mode: parsed.mode,
    language: parsed.lang,
    duration: parsed.duration,
    sort: parsed.sort,
    page: parsed.page,
  };
  // Dropping undefined keys keeps equality checks and serialisation simple.
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined)) as CatalogueQuery;
}
