import type { Metadata } from "next";
import Link from "next/link";
import { ClipboardList } from "lucide-react";
import { formatDate, formatDateTime, isoDate } from "@/lib/domain/format-date";
import { describeTargets } from "@/lib/domain/plan/plan-targets";
import { financialYearLabel, financialYearOf, type PlanStatusName } from "@/lib/domain/plan/plan-lifecycle";
import { requirePermission } from "@/lib/server/auth/session";
import { getPlanWorkspace } from "@/lib/server/plan/get-plan-workspace";
import { DataTable, TD, TH } from "@/components/data-table";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";
import { StatusBadge, type BadgeTone } from "@/components/status-badge";
import { TEXT_LINK } from "@/components/ui-classes";
import { ActionButtonForm } from "./action-button-form";
import { assignPlanNewcomersAction, changePlanStatusAction, openPlanVersionAction, publishPlanAction, removePlanItemAction } from "./actions";
import { AddItemForm } from "./add-item-form";
import { CreatePlanForm } from "./create-plan-form";

export const metadata: Metadata = { title: "Capacity-building plan" };

const STATUS: Record<PlanStatusName, { label: string; tone: BadgeTone; hint: string }> = {
  DRAFT: { label: "Draft", tone: "amber", hint: "Officials see nothing yet. Add items, then approve." },
  APPROVED: { label: "Approved", tone: "navy", hint: "Frozen and approved. Publish it to assign its courses to officials." },
  PUBLISHED: { label: "Published", tone: "green", hint: "In force: officials see their courses under Assigned. Open a new version to change it." },
  SUPERSEDED: { label: "Superseded", tone: "neutral", hint: "Replaced by a later version; kept as history." },
  ARCHIVED: { label: "Archived", tone: "neutral", hint: "No longer in force." },
};

type PlanPageProps = { searchParams: Promise<{ plan?: string | string[] }> };

export default async function PlanPage({ searchParams }: PlanPageProps) {
  const user = await requirePermission("org:plan:manage");
  const raw = (await searchParams).plan;
  const workspace = await getPlanWorkspace(user, (Array.isArray(raw) ? raw[0] : raw) ?? null);
  const now = new Date();
  const selected = workspace.selected;
  const status = selected ? STATUS[selected.status] : null;

  return (
    <div className="space-y-6">
      <PageHeading
        eyebrow="Organisation"
        title="Capacity-building plan"
        description="The year's courses for your officials, by FRAC role, designation, service group or by name, each with a due date. Approve a plan, then publish it: officials then see their courses under Assigned."
        actions={
          <Link href="/admin/compliance" className={TEXT_LINK}>
            Compliance
          </Link>
        }
      />

      {selected && status ? (
        <SectionCard
          id="selected-plan"
          title={`${selected.title} — version ${selected.version}`}
          description={`${selected.organisationName} · ${financialYearLabel(selected.year)} · ${selected.itemCount} item${selected.itemCount === 1 ? "" : "s"}`}
        >
          <div className="space-y-5">
            <div className="flex flex-wrap items-center gap-3">
              <StatusBadge tone={status.tone}>{status.label}</StatusBadge>
              <p id="plan-status-hint" className="text-sm text-slate-700">
                {status.hint}
                {selected.approvedAt ? ` Approved ${formatDateTime(selected.approvedAt)}${selected.approvedByName ? ` by ${selected.approvedByName}` : ""}.` : ""}
                {selected.publishedAt ? ` Published ${formatDateTime(selected.publishedAt)}.` : ""}
              </p>
            </div>

            {selected.items.length > 0 ? (
              <DataTable caption={`Items of version ${selected.version}`} minWidth="min-w-[44rem]">
                <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
                  <tr>
                    <th scope="col" className={TH}>
                      Course or programme
                    </th>
                    <th scope="col" className={TH}>
                      Who
                    </th>
                    <th scope="col" className={TH}>
                      Due
                    </th>
                    <th scope="col" className={TH}>
                      APAR
                    </th>
                    {selected.status === "DRAFT" ? (
                      <th scope="col" className={TH}>
                        <span className="sr-only">Remove</span>
                      </th>
                    ) : null}
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {selected.items.map((item) => (
                    <tr key={item.id}>
                      <th scope="row" className={`${TD} font-semibold text-navy-900`}>
                        {item.courseTitle ?? `Programme: ${item.programmeTitle ?? "—"}`}
                      </th>
                      <td className={TD}>{describeTargets(item, { fracRole: item.fracRoleName, official: item.officialName })}</td>
                      <td className={TD}>
                        <time dateTime={isoDate(item.dueAt)}>{formatDate(item.dueAt)}</time>
                      </td>
                      <td className={TD}>{item.countsForApar ? "Counts" : "No"}</td>
                      {selected.status === "DRAFT" ? (
                        <td className={TD}>
                          <ActionButtonForm
                            action={removePlanItemAction}
                            fields={{ planId: selected.id, itemId: item.id }}
                            label="Remove"
                            pendingLabel="Removing…"
                            tone="danger"
                          />
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            ) : (
              <p className="text-slate-700">No courses in this version yet.</p>
            )}

            <div className="flex flex-wrap gap-3" role="group" aria-label="Plan actions">
              {selected.status === "DRAFT" ? (
                <ActionButtonForm
                  action={changePlanStatusAction}
                  fields={{ planId: selected.id, action: "approve" }}
                  label="Approve plan"
                  pendingLabel="Approving…"
                  tone="primary"
                  describedBy="plan-status-hint"
                />
              ) : null}
              {selected.status === "APPROVED" ? (
                <>
                  <ActionButtonForm
                    action={publishPlanAction}
                    fields={{ planId: selected.id }}
                    label="Publish to officials"
                    pendingLabel="Publishing…"
                    tone="primary"
                    describedBy="plan-status-hint"
                  />
                  <ActionButtonForm action={changePlanStatusAction} fields={{ planId: selected.id, action: "reopen" }} label="Back to draft" pendingLabel="Reopening…" />
                </>
              ) : null}
              {selected.status === "PUBLISHED" ? (
                <ActionButtonForm
                  action={assignPlanNewcomersAction}
                  fields={{ planId: selected.id }}
                  label="Assign officials who joined since"
                  pendingLabel="Assigning…"
                />
              ) : null}
              {selected.status === "PUBLISHED" && selected.isLatestVersion ? (
                <ActionButtonForm action={openPlanVersionAction} fields={{ planId: selected.id }} label={`Open version ${selected.version + 1} to change it`} pendingLabel="Opening…" />
              ) : null}
              {selected.status === "PUBLISHED" || selected.status === "SUPERSEDED" ? (
                <Link href={`/admin/compliance?plan=${selected.id}`} className={`${TEXT_LINK} inline-flex min-h-11 items-center`}>
                  Read compliance for this version
                </Link>
              ) : null}
            </div>

            {selected.status === "DRAFT" ? (
              <div className="rounded-md border border-slate-200 bg-slate-50 p-3 sm:p-4">
                <AddItemForm planId={selected.id} options={workspace.options} defaultDueOn={`${selected.year + 1}-03-31`} />
              </div>
            ) : null}
          </div>
        </SectionCard>
      ) : (
        <EmptyState title="No plan yet" icon={<ClipboardList className="size-10" />}>
          Start this year&apos;s plan below.
        </EmptyState>
      )}

      {workspace.plans.length > 0 ? (
        <SectionCard id="plan-versions" title="Plans and versions" description="Newest year and version first.">
          <ul className="divide-y divide-slate-100">
            {workspace.plans.map((plan) => (
              <li key={plan.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <Link href={`/admin/plan?plan=${plan.id}`} className={`${TEXT_LINK} inline-flex min-h-11 items-center`} aria-current={plan.id === selected?.id ? "page" : undefined}>
                  {plan.organisationName} · {financialYearLabel(plan.year)} · version {plan.version}
                </Link>
                <StatusBadge tone={STATUS[plan.status].tone}>{STATUS[plan.status].label}</StatusBadge>
              </li>
            ))}
          </ul>
        </SectionCard>
      ) : null}

      {workspace.organisations.length > 0 ? (
        <SectionCard id="new-plan" title="Start a plan" description="One plan per organisation and year; change a published plan by opening a new version of it.">
          <CreatePlanForm organisations={workspace.organisations} defaultYear={financialYearOf(now)} />
        </SectionCard>
      ) : null}
    </div>
  );
}
