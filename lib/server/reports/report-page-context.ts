import "server-only";
import { parseReportFilters, type ReportSearchParams } from "@/lib/domain/reports/report-filters.schema";
import type { CurrentUser } from "@/lib/domain/roles";
import { hasWholeGovernmentScope } from "@/lib/server/auth/scope";
import { requirePermission } from "@/lib/server/auth/session";
import { listRoleOptions } from "./list-role-options";
import { resolveReportScope, type ReportScope } from "./report-scope";

export type ReportPageContext = {
  user: CurrentUser;
  scope: ReportScope;
  canSeeGovernment: boolean;
  roles: { id: string; name: string }[];
};

/**
 * What every report page starts with: the signed-in reader (403 without org:reports:read), the
 * filters from the URL and the scope they resolve to for this reader (403 outside it).
 */
export async function loadReportPageContext(searchParams: ReportSearchParams): Promise<ReportPageContext> {
  const user = await requirePermission("org:reports:read");
  const [scope, roles] = await Promise.all([resolveReportScope(user, parseReportFilters(searchParams)), listRoleOptions()]);
  return { user, scope, canSeeGovernment: hasWholeGovernmentScope(user, "read"), roles };
}
