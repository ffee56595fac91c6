import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { formatDate, isoDate } from "@/lib/domain/format-date";
import { ASSIGNMENT_STATUS_LABELS, type AssignmentStatus } from "@/lib/domain/plan/compliance";
import { requireAdminConsole } from "@/lib/server/auth/require-admin-console";
import { findCompliancePlan } from "@/lib/server/plan/find-compliance-plan";
import { getOfficialCompliance } from "@/lib/server/plan/list-compliance-officials";
import { DataTable, TD, TH } from "@/components/data-table";
import { PageHeading } from "@/components/page-heading";
import { StatusBadge, type BadgeTone } from "@/components/status-badge";
import { TEXT_LINK } from "@/components/ui-classes";
import { parseComplianceQuery } from "../../compliance-query";

export const metadata: Metadata = { title: "Official's plan compliance" };

const TONE: Record<AssignmentStatus, BadgeTone> = { NOT_STARTED: "neutral", IN_PROGRESS: "navy", COMPLETED: "green", OVERDUE: "red" };

type Props = { params: Promise<{ userId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OfficialCompliancePage({ params, searchParams }: Props) {
  const user = await requireAdminConsole("org:reports:read");
  const userId = z.uuid().safeParse((await params).userId);
  if (!userId.success) notFound();
  const { plan } = await findCompliancePlan(user, parseComplianceQuery(await searchParams).planId);
  if (!plan) notFound();
  // Only officials the plan assigned and still in its organisation subtree: anyone else is a 404.
  const detail = await getOfficialCompliance(plan, userId.data, new Date());
  if (!detail) notFound();

  return (
    <div className="space-y-6">
      <PageHeading
        eyebrow="Plan compliance"
        title={detail.official.name}
        description={`${detail.official.designation ?? "No designation recorded"} · ${detail.official.email}. APAR threshold: ${detail.aparMet === null ? "not applicable" : detail.aparMet ? "met" : "not met"}.`}
        actions={
          <Link href={`/admin/compliance?plan=${plan.id}`} className={TEXT_LINK}>
            Back to compliance
          </Link>
        }
      />
      <DataTable caption={`${detail.official.name}'s assigned courses`} minWidth="min-w-[36rem]">
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className={TH}>
              Course
            </th>
            <th scope="col" className={TH}>
              Due
            </th>
            <th scope="col" className={TH}>
              Status
            </th>
            <th scope="col" className={TH}>
              APAR
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {detail.rows.map((row) => (
            <tr key={row.courseId}>
              <th scope="row" className={`${TD} font-semibold text-navy-900`}>
                {row.title}
              </th>
              <td className={TD}>
                <time dateTime={isoDate(row.dueAt)}>{formatDate(row.dueAt)}</time>
              </td>
              <td className={TD}>
                <StatusBadge tone={TONE[row.status]}>{ASSIGNMENT_STATUS_LABELS[row.status]}</StatusBadge>
                {row.completedAt ? <span className="ml-2 text-xs text-slate-600">on {formatDate(row.completedAt)}</span> : null}
              </td>
              <td className={TD}>{row.countsForApar ? "Counts" : "No"}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </div>
  );
}
