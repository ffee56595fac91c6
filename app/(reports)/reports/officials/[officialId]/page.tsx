import type { Metadata } from "next";
import { formatDate } from "@/lib/domain/format-date";
import { formatShare } from "@/lib/domain/reports/format-report";
import { getOfficialGapReport } from "@/lib/server/reports/get-official-gap-report";
import { requirePermission } from "@/lib/server/auth/session";
import { BackLink } from "@/components/back-link";
import { DataTable, TD, TD_NUMBER, TH, TH_NUMBER } from "@/components/data-table";
import { PageHeading } from "@/components/page-heading";
import { SectionCard } from "@/components/section-card";
import { StatusBadge, type BadgeTone } from "@/components/status-badge";
import { ExportLink } from "@/components/reports/export-link";

export const metadata: Metadata = { title: "Official's competency passbook" };

const SOURCE_LABELS: Record<string, { label: string; tone: BadgeTone }> = {
  COURSE: { label: "Course", tone: "green" },
  ASSESSMENT: { label: "Assessment", tone: "navy" },
  INSTITUTE: { label: "Training institute", tone: "green" },
  SUPERVISOR: { label: "Supervisor", tone: "amber" },
  SELF: { label: "Self-declared", tone: "neutral" },
};

export default async function OfficialReportPage({ params }: { params: Promise<{ officialId: string }> }) {
  const user = await requirePermission("org:reports:read");
  const { officialId } = await params;
  const report = await getOfficialGapReport(user, officialId);
  const { official, readiness } = report;
  return (
    <div className="space-y-6">
      {official.organisation ? <BackLink href={`/reports?organisation=${official.organisation.id}#officials`}>{official.organisation.name}</BackLink> : null}
      <PageHeading
        eyebrow="Competency passbook"
        title={official.name}
        description={
          <>
            {[official.designation, official.group ? `Group ${official.group}` : null, official.serviceCadre, official.organisation?.name].filter(Boolean).join(" · ")}
            <br />
            {official.position ? (
              <>
                Post: {official.position.title} (FRAC role{official.position.roleNames.length === 1 ? "" : "s"}: {official.position.roleNames.join(", ")})
              </>
            ) : (
              "No FRAC post recorded, so nothing is required of this official yet."
            )}
          </>
        }
      />
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3" aria-label="Readiness for the post">
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <dt className="text-sm font-medium text-slate-600">Requirements met</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums text-navy-900">
            {readiness.met} of {readiness.requirements}
          </dd>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <dt className="text-sm font-medium text-slate-600">Ready for the post</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums text-navy-900">{formatShare(readiness.gapWeighted)}</dd>
          <dd className="mt-1 text-xs text-slate-600">of the levels required</dd>
        </div>
        <div className="col-span-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:col-span-1">
          <dt className="text-sm font-medium text-slate-600">Levels missing</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums text-navy-900">{readiness.levelsMissing}</dd>
        </div>
      </dl>

      <SectionCard id="requirements" title="What the post requires" description="Held levels come from verified evidence only; a self-declared level is shown beside it and does not count.">
        {report.requirements.length > 0 ? (
          <DataTable caption="Requirements of the post" minWidth="min-w-[44rem]">
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className={`${TH} sticky left-0 z-10 min-w-48 bg-slate-50`}>Competency</th>
                <th scope="col" className={TH_NUMBER}>Required</th>
                <th scope="col" className={TH_NUMBER}>Held</th>
                <th scope="col" className={TH_NUMBER}>Gap</th>
                <th scope="col" className={TH}>Self-declared (not counted)</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {report.requirements.map((row) => (
                <tr key={row.competencyId}>
                  <th scope="row" className="sticky left-0 z-10 bg-white px-3 py-2 text-left font-medium text-slate-900">
                    {row.name}
                  </th>
                  <td className={TD_NUMBER}>
                    {row.required} <span className="text-xs text-slate-600">{row.levelNames[row.required] ?? ""}</span>
                  </td>
                  <td className={TD_NUMBER}>{row.held > 0 ? `${row.held} ${row.levelNames[row.held] ?? ""}` : "None"}</td>
                  <td className={TD_NUMBER}>{row.gap > 0 ? <StatusBadge tone={row.gap >= 2 ? "red" : "amber"}>{row.gap}</StatusBadge> : <StatusBadge tone="green">Met</StatusBadge>}</td>
                  <td className={TD}>{row.selfDeclared !== null ? `Level ${row.selfDeclared}` : "—"}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        ) : (
          <p className="text-sm text-slate-700">Nothing is required of this official&apos;s post.</p>
        )}
        <div className="mt-3">
          <ExportLink report="official" filters={{}} extra={{ official: official.id }} />
        </div>
      </SectionCard>

      <SectionCard id="evidence" title="Evidence" description="Newest first. Revoked endorsements stay on record but no longer count.">
        {report.requirements.some((row) => row.evidence.length > 0) ? (
          <ul className="divide-y divide-slate-100">
            {report.requirements
              .filter((row) => row.evidence.length > 0)
              .flatMap((row) => row.evidence.map((entry) => ({ entry, competency: row.name })))
              .map(({ entry, competency }) => (
                <li key={entry.id} className="py-2 text-sm">
                  <div className="flex flex-wrap items-center gap-2">
                    <StatusBadge tone={SOURCE_LABELS[entry.source]?.tone ?? "neutral"}>{SOURCE_LABELS[entry.source]?.label ?? entry.source}</StatusBadge>
                    <span className="font-medium text-slate-900">
                      {competency}, level {entry.level}
                    </span>
                    <span className="text-slate-600">
                      {formatDate(entry.awardedAt)}
                      {entry.awardedByName ? ` · by ${entry.awardedByName}` : ""}
                    </span>
                    {entry.revokedAt ? <StatusBadge tone="red">Revoked {formatDate(entry.revokedAt)}</StatusBadge> : null}
                  </div>
                  <p className={`mt-1 text-slate-700 ${entry.revokedAt ? "line-through" : ""}`}>{entry.evidence}</p>
                  {entry.revokeReason ? <p className="mt-1 text-slate-700">Reason for revoking: {entry.revokeReason}</p> : null}
                </li>
              ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-700">No evidence recorded for the competencies this post requires.</p>
        )}
        {report.otherHeld.length > 0 ? (
          <p className="mt-3 text-sm text-slate-700">
            Also holds: {report.otherHeld.map((row) => `${row.name} (level ${row.held})`).join(", ")}.
          </p>
        ) : null}
      </SectionCard>
    </div>
  );
}
