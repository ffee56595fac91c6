import { z } from "zod";
import type { ComplianceFilter } from "@/lib/server/plan/compliance-sql";

// The compliance page's URL: which plan version, which course (drill-down), which officials.
export const COMPLIANCE_FILTERS: { value: ComplianceFilter; label: string }[] = [
  { value: "all", label: "Everyone assigned" },
  { value: "overdue", label: "With an overdue course" },
  { value: "apar-not-met", label: "APAR threshold not met" },
  { value: "apar-met", label: "APAR threshold met" },
];

const uuid = z.uuid();
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function parseComplianceQuery(params: Record<string, string | string[] | undefined>): { planId: string | null; courseId: string | null; filter: ComplianceFilter } {
  const planId = uuid.safeParse(first(params.plan));
  const courseId = uuid.safeParse(first(params.course));
  const filter = COMPLIANCE_FILTERS.find((option) => option.value === first(params.filter))?.value ?? "all";
  return { planId: planId.success ? planId.data : null, courseId: courseId.success ? courseId.data : null, filter };
}

export function complianceHref(path: string, query: { planId: string | null; courseId?: string | null; filter?: ComplianceFilter; page?: number }): string {
  const params = new URLSearchParams();
  if (query.planId) params.set("plan", query.planId);
  if (query.courseId) params.set("course", query.courseId);
  if (query.filter && query.filter !== "all") params.set("filter", query.filter);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
