import { z } from "zod";
import { COMPETENCY_TYPES, type CompetencyTypeName } from "./framework-document";

// Search and filters of the framework's lists live in the URL, so anything here may have been
// typed or shared. A value that does not parse is dropped, never an error page.

export const FRAMEWORK_PAGE_SIZE = 25;
export const MAX_SEARCH_LENGTH = 100;

export type RawSearchParams = Record<string, string | string[] | undefined>;

export type CompetencyListQuery = { q?: string; type?: CompetencyTypeName; area?: string; version?: string; page: number };
export type RoleListQuery = { q?: string; page: number };
export type PostListQuery = { q?: string; organisation?: string; page: number };

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

const text = (max: number) =>
  z.preprocess((value) => {
    const raw = first(value);
    if (typeof raw !== "string") return undefined;
    const clean = raw.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim();
    return clean === "" ? undefined : clean.slice(0, max).trim();
  }, z.string().optional());

const code = z.preprocess(first, z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/).optional()).catch(undefined);
const type = z.preprocess((value) => (typeof first(value) === "string" ? String(first(value)).toUpperCase() : undefined), z.enum(COMPETENCY_TYPES).optional()).catch(undefined);
const page = z
  .preprocess(first, z.string().regex(/^\d{1,5}$/).transform(Number).pipe(z.number().int().min(1)))
  .catch(1);

const competencySchema = z.object({ q: text(MAX_SEARCH_LENGTH), type, area: text(MAX_SEARCH_LENGTH), version: code, page });
const roleSchema = z.object({ q: text(MAX_SEARCH_LENGTH), page });
const postSchema = z.object({ q: text(MAX_SEARCH_LENGTH), organisation: code, page });

const defined = <T extends Record<string, unknown>>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;

export function parseCompetencyListQuery(params: RawSearchParams): CompetencyListQuery {
  return defined(competencySchema.parse(params));
}

export function parseRoleListQuery(params: RawSearchParams): RoleListQuery {
  return defined(roleSchema.parse(params));
}

export function parsePostListQuery(params: RawSearchParams): PostListQuery {
  return defined(postSchema.parse(params));
}

/** The list's URL for a query: only what is set, page 1 left out, so links stay short. */
export function listHref(path: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === "" || (key === "page" && value === 1)) continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
