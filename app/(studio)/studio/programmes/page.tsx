import type { Metadata } from "next";
import Link from "next/link";
import { Layers, Plus } from "lucide-react";
import { formatCount } from "@/lib/domain/format-count";
import { requirePermission } from "@/lib/server/auth/session";
import { listProviderProgrammes } from "@/lib/server/studio/programmes/list-provider-programmes";
import { DataTable, TD, TD_NUMBER, TH, TH_NUMBER } from "@/components/data-table";
import { EmptyState } from "@/components/empty-state";
import { PageHeading } from "@/components/page-heading";
import { NEW_PROGRAMME_HREF, studioProgrammeHref } from "./hrefs";
import { ProgrammeStatusBadge } from "./programme-status-badge";
import { PRIMARY_BUTTON } from "@/components/ui-classes";

export const metadata: Metadata = { title: "Programmes" };

export default async function ProgrammesPage() {
  const user = await requirePermission("course:author");
  const programmes = await listProviderProgrammes(user);
  return (
    <div className="space-y-6">
      <PageHeading
        eyebrow="Studio"
        title="Programmes"
        description="Curated sequences of published courses, with their own competencies and certificate."
        actions={
          <Link href={NEW_PROGRAMME_HREF} className={PRIMARY_BUTTON}>
            <Plus aria-hidden="true" className="size-4" /> New programme
          </Link>
        }
      />
      {programmes.length === 0 ? (
        <EmptyState title="No programmes yet" icon={<Layers className="size-10" />}>
          Put two or more published courses — yours or any provider&apos;s — in order, and learners can enrol in all of them at once.
        </EmptyState>
      ) : (
        <DataTable caption="Your programmes">
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className={TH}>Programme</th>
              <th scope="col" className={TH}>Status</th>
              <th scope="col" className={TH_NUMBER}>Courses</th>
              <th scope="col" className={TH_NUMBER}>Enrolled</th>
              <th scope="col" className={TH_NUMBER}>Completed</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {programmes.map((programme) => (
              <tr key={programme.id}>
                <td className={TD}>
                  <Link href={studioProgrammeHref(programme.id)} className="font-semibold text-navy-800 underline-offset-2 hover:underline">
                    {programme.title}
                  </Link>
                </td>
                <td className={TD}>
                  <ProgrammeStatusBadge status={programme.status} />
                </td>
                <td className={TD_NUMBER}>{formatCount(programme.courseCount)}</td>
                <td className={TD_NUMBER}>{formatCount(programme.enrolled)}</td>
                <td className={TD_NUMBER}>{formatCount(programme.completed)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </div>
  );
}
