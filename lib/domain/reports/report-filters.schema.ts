import { z } from "zod";
import { cleanSearchText } from "@/lib/domain/search-text";

// Report filters live in the URL (?organisation=…&role=…&designation=…&group=…). A value that
// does not parse is dropped rather than answered with an error page: a hand-edited or stale
// link still shows a report, just a wider one.

const SERVICE_GROUPS = ["A", "B", "C", "D"] as const;
export type ServiceGroupFilter = (typeof SERVICE_GROUPS)[number];

export type ReportFilters = {
  organisationId?: string;
  roleId?: string;
  designation?: string;
  serviceGroup?: ServiceGroupFilter;
};

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional().catch(undefined));

export const reportFiltersSchema = z.object({
  organisation: optional(z.uuid()),
  role: optional(z.uuid()),
  // Typed by hand into the URL as often as chosen from a list: control characters are dropped.
  designation: optional(z.string().transform((value) => cleanSearchText(value, 10_000)).pipe(z.string().min(1).max(120))),
  group: optional(z.enum(SERVICE_GROUPS)),
});

export type ReportSearchParams = Record<string, string | string[] | undefined>;

export function parseReportFilters(params: ReportSearchParams): ReportFilters {
  const parsed = reportFiltersSchema.parse(params);
  const filters: ReportFilters = {};
  if (parsed.organisation) filters.organisationId = parsed.organisation;
  if (parsed.role) filters.roleId = parsed.role;
  if (parsed.designation) filters.designation = parsed.designation;
  if (parsed.group) filters.serviceGroup = parsed.group;
  return filters;
}

/** The query string for filters (stable key order), so links and CSV exports carry them. */
export function reportQuery(filters: ReportFilters, extra: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams();
  if (filters.organisationId) params.set("organisation", filters.organisationId);
  if (filters.roleId) params.set("role", filters.roleId);
  if (filters.designation) params.set("designation", filters.designation);
  if (filters.serviceGroup) params.set("group", filters.serviceGroup);
  for (const [key, value] of Object.entries(extra)) if (value !== undefined && value !== "") params.set(key, String(value));
  const query = params.toString();
  return query ? `?${query}` : "";
}

export function reportHref(path: string, filters: ReportFilters, extra: Record<string, string | number | undefined> = {}): string {
  return `${path}${reportQuery(filters, extra)}`;
}

/** True when a filter narrows the officials counted (organisation scope aside). */
export function hasPeopleFilters(filters: ReportFilters): boolean {
  return !!(filters.roleId || filters.designation || filters.serviceGroup);
}
