import type { Metadata } from "next";
import Link from "next/link";
import { ClipboardCheck } from "lucide-react";
import { formatCount, percentOf } from "@/lib/domain/format-count";
import { formatDate, isoDate } from "@/lib/domain/format-date";
import { pageCount, parsePageParam } from "@/lib/domain/pagination";
import { APAR_THRESHOLD_PERCENT, completionPercent } from "@/lib/domain/plan/compliance";
import { financialYearLabel } from "@/lib/domain/plan/plan-lifecycle";
import { can } from "@/lib/domain/permissions";
import { requireAdminConsole } from "@/lib/server/auth/require-admin-console";
import { findCompliancePlan } from "@/lib/server/plan/find-compliance-plan";
import { getPlanCompliance } from "@/lib/server/plan/get-plan-compliance";
import { COMPLIANCE_PAGE_SIZE, listComplianceOfficials } from "@/lib/server/plan/list-compliance-officials";
import { DataTable, TD, TD_NUMBER, TH, TH_NUMBER } from "@/components/data-table";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { PaginationNav } from "@/components/pagination-nav";
import { SectionCard } from "@/components/section-card";
import { StatCard, StatGrid } from "@/components/stat-card";
import { StatusBadge } from "@/components/status-badge";
import { CONTROL, LABEL, SECONDARY_BUTTON, TEXT_LINK } from "@/components/ui-classes";
import { ActionButtonForm } from "../plan/action-button-form";
import { remindOverdueAction } from "./actions";
import { COMPLIANCE_FILTERS, complianceHref, parseComplianceQuery } from "./compliance-query";

export const metadata: Metadata = { title: "Plan compliance" };

type CompliancePageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CompliancePage({ searchParams }: CompliancePageProps) {
  const user = await requireAdminConsole("org:reports:read");
  const params = await searchParams;
  const query = parseComplianceQuery(params);
  const page = parsePageParam(params.page);
  const { plan, choices } = await findCompliancePlan(user, query.planId);

  if (!plan) {
    return (
      <div className="space-y-6">
        <PageHeading eyebrow="Organisation" title="Plan compliance" />
        <EmptyState title="No published plan" icon={<ClipboardCheck className="size-10" />}>
          Compliance is read for a published capacity-building plan.{" "}
          <Link href="/admin/plan" className={TEXT_LINK}>
            Open the plan
          </Link>
          .
        </EmptyState>
      </div>
    );
  }

  const now = new Date();
  const [compliance, officials] = await Promise.all([
    getPlanCompliance(plan, now),
    listComplianceOfficials({ plan, courseId: query.courseId, filter: query.filter, now, page }),
  ]);
  const course = query.courseId ? compliance.courses.find((row) => row.courseId === query.courseId) : undefined;
  const canRemind = can(user, "org:plan:manage") && plan.status === "PUBLISHED";
  const totalPages = pageCount(officials.total, COMPLIANCE_PAGE_SIZE);
  const { totals } = compliance;
  const exportHref = complianceHref("/admin/compliance/export", { planId: plan.id, courseId: query.courseId, filter: query.filter });

  return (
    <div className="space-y-6">
      <PageHeading
        eyebrow="Organisation"
        title="Plan compliance"
        description={`${plan.title}, version ${plan.version}${plan.status === "SUPERSEDED" ? " (superseded)" : ""}. From the 2025–26 plan year an official who completes at least ${APAR_THRESHOLD_PERCENT} % of the courses prescribed for the APAR has it recorded there.`}
        actions={
          <Link href={`/admin/plan?plan=${plan.id}`} className={TEXT_LINK}>
            The plan
          </Link>
        }
      />

      {choices.length > 1 ? (
        <form method="get" className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="plan-choice" className={LABEL}>
              Plan version
            </label>
            <select id="plan-choice" name="plan" defaultValue={plan.id} className={`${CONTROL} min-h-11`}>
              {choices.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.organisationName} · {financialYearLabel(choice.year)} · v{choice.version}
                  {choice.status === "SUPERSEDED" ? " (superseded)" : ""}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={SECONDARY_BUTTON}>
            Show
          </button>
        </form>
      ) : null}

      <StatGrid label="Plan totals" columns={3}>
        <StatCard label="Officials assigned" value={totals.officials} />
        <StatCard label="Courses assigned" value={totals.assigned} hint={`${formatCount(totals.completed)} completed (${completionPercent(totals)}%)`} />
        <StatCard label="In progress" value={totals.inProgress} />
        <StatCard label="Not started" value={totals.notStarted} />
        <StatCard label="Overdue" value={totals.overdue} hint={`${formatCount(totals.officialsOverdue)} officials`} />
        <StatCard
          label="APAR threshold met"
          value={totals.aparMet}
          hint={totals.aparPrescribed > 0 ? `${percentOf(totals.aparMet, totals.aparPrescribed)}% of ${formatCount(totals.aparPrescribed)} officials with prescribed courses` : "Not applicable"}
        />
      </StatGrid>

      {canRemind && totals.officialsOverdue > 0 ? (
        <ActionButtonForm
          action={remindOverdueAction}
          fields={{ planId: plan.id, courseId: "" }}
          label={`Remind the ${formatCount(totals.officialsOverdue)} overdue official${totals.officialsOverdue === 1 ? "" : "s"}`}
          pendingLabel="Writing reminders…"
          tone="primary"
        />
      ) : null}

      <SectionCard id="per-course" title="Per course" description="Choose a course to see its officials.">
        <DataTable caption="Compliance per course" minWidth="min-w-[48rem]">
          <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className={TH}>
                Course
              </th>
              <th scope="col" className={TH}>
                Due
              </th>
              <th scope="col" className={TH_NUMBER}>
                Assigned
              </th>
              <th scope="col" className={TH_NUMBER}>
                Not started
              </th>
              <th scope="col" className={TH_NUMBER}>
                In progress
              </th>
              <th scope="col" className={TH_NUMBER}>
                Completed
              </th>
              <th scope="col" className={TH_NUMBER}>
                Overdue
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {compliance.courses.map((row) => (
              <tr key={row.courseId} className={row.courseId === query.courseId ? "bg-navy-50" : undefined}>
                <th scope="row" className={`${TD} font-semibold`}>
                  <Link
                    href={complianceHref("/admin/compliance", { planId: plan.id, courseId: row.courseId, filter: query.filter })}
                    className={TEXT_LINK}
                    aria-current={row.courseId === query.courseId ? "true" : undefined}
                  >
                    {row.title}
                  </Link>
                </th>
                <td className={TD}>
                  <time dateTime={isoDate(row.earliestDueAt)}>{formatDate(row.earliestDueAt)}</time>
                </td>
                <td className={TD_NUMBER}>{formatCount(row.assigned)}</td>
                <td className={TD_NUMBER}>{formatCount(row.notStarted)}</td>
                <td className={TD_NUMBER}>{formatCount(row.inProgress)}</td>
                <td className={TD_NUMBER}>
                  {formatCount(row.completed)} <span className="text-slate-600">({completionPercent(row)}%)</span>
                </td>
                <td className={TD_NUMBER}>{row.overdue > 0 ? <span className="font-semibold text-red-800">{formatCount(row.overdue)}</span> : "0"}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </SectionCard>

      <SectionCard
        id="per-official"
        title={course ? `Officials assigned ${course.title}` : "Per official"}
        description={`${formatCount(officials.total)} official${officials.total === 1 ? "" : "s"}, by name, ${COMPLIANCE_PAGE_SIZE} per page.`}
      >
        <div className="space-y-4">
          <form method="get" className="flex flex-wrap items-end gap-3">
            <input type="hidden" name="plan" value={plan.id} />
            {query.courseId ? <input type="hidden" name="course" value={query.courseId} /> : null}
            <div>
              <label htmlFor="official-filter" className={LABEL}>
                Show
              </label>
              <select id="official-filter" name="filter" defaultValue={query.filter} className={`${CONTROL} min-h-11`}>
                {COMPLIANCE_FILTERS.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className={SECONDARY_BUTTON}>
              Filter
            </button>
            <a href={exportHref} className={SECONDARY_BUTTON} download>
              Download CSV
            </a>
            {query.courseId ? (
              <Link href={complianceHref("/admin/compliance", { planId: plan.id, filter: query.filter })} className={`${TEXT_LINK} inline-flex min-h-11 items-center`}>
                All courses
              </Link>
            ) : null}
          </form>
          {canRemind && course && course.overdue > 0 ? (
            <ActionButtonForm
              action={remindOverdueAction}
              fields={{ planId: plan.id, courseId: course.courseId }}
              label={`Remind the ${formatCount(course.overdue)} overdue on this course`}
              pendingLabel="Writing reminders…"
            />
          ) : null}

          {officials.rows.length > 0 ? (
            <DataTable caption={`Officials, page ${page} of ${totalPages}`} minWidth="min-w-[52rem]">
              <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className={TH}>
                    Official
                  </th>
                  <th scope="col" className={TH}>
                    Organisation
                  </th>
                  <th scope="col" className={TH_NUMBER}>
                    Assigned
                  </th>
                  <th scope="col" className={TH_NUMBER}>
                    In progress
                  </th>
                  <th scope="col" className={TH_NUMBER}>
                    Completed
                  </th>
                  <th scope="col" className={TH_NUMBER}>
                    Overdue
                  </th>
                  <th scope="col" className={TH}>
                    APAR
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {officials.rows.map((row) => (
                  <tr key={row.userId}>
                    <th scope="row" className={`${TD} font-normal`}>
                      <Link href={`/admin/compliance/officials/${row.userId}?plan=${plan.id}`} className={TEXT_LINK}>
                        {row.name}
                      </Link>
                      <span className="block text-xs text-slate-600">{row.designation ?? "—"}</span>
                    </th>
                    <td className={TD}>{row.organisationName}</td>
                    <td className={TD_NUMBER}>{formatCount(row.assigned)}</td>
                    <td className={TD_NUMBER}>{formatCount(row.inProgress)}</td>
                    <td className={TD_NUMBER}>{formatCount(row.completed)}</td>
                    <td className={TD_NUMBER}>{row.overdue > 0 ? <span className="font-semibold text-red-800">{formatCount(row.overdue)}</span> : "0"}</td>
                    <td className={TD}>
                      {row.aparMet === null ? (
                        <span className="text-slate-600">n/a</span>
                      ) : row.aparMet ? (
                        <StatusBadge tone="green">Met</StatusBadge>
                      ) : (
                        <StatusBadge tone="amber">
                          {row.prescribedCompleted} of {row.prescribed}
                        </StatusBadge>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          ) : (
            <p className="text-slate-700">No official matches.</p>
          )}
          <PaginationNav
            page={page}
            totalPages={totalPages}
            label="Officials pages"
            pageHref={(target) => complianceHref("/admin/compliance", { planId: plan.id, courseId: query.courseId, filter: query.filter, page: target })}
          />
        </div>
      </SectionCard>
    </div>
  );
}
