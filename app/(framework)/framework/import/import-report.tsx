import { CheckCircle2, CircleAlert, TriangleAlert } from "lucide-react";
import type { FieldChange, RecordChange, SectionChanges } from "@/lib/domain/framework/diff-framework-state";
import type { ImportIssue } from "@/lib/domain/framework/framework-document";
import { formatCount } from "@/lib/domain/format-count";
import type { ImportReport } from "@/lib/server/framework/prepare-framework-import";

// The dry run's report: first what is wrong (row by row), then every change with its old and new
// value, so an import is read before it is applied.

const count = (value: number, one: string, many: string) => `${formatCount(value)} ${value === 1 ? one : many}`;

function Headline({ report, stage }: { report: ImportReport; stage: "preview" | "applied" }) {
  const errors = report.issues.filter((issue) => issue.severity === "error").length;
  if (!report.isValid) {
    return (
      <p className="flex items-start gap-2 rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
        <TriangleAlert aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
        <span>
          <strong>{count(errors, "problem", "problems")} to fix.</strong> Nothing can be imported until every row is valid; nothing has been written.
        </span>
      </p>
    );
  }
  if (stage === "applied") {
    return (
      <p className="flex items-start gap-2 rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
        <CheckCircle2 aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
        <span>
          <strong>Imported.</strong>{" "}
          {report.mode === "new-version"
            ? `${report.framework.name} (${report.framework.code}) is now the version in use; ${report.activeFramework.code} stays readable.`
            : `${count(report.changeCount, "change was", "changes were")} applied to ${report.framework.code}.`}
        </span>
      </p>
    );
  }
  const summary =
    report.mode === "new-version"
      ? `${report.framework.code} would replace ${report.activeFramework.code}, with ${count(report.changes.competencies.created.length, "competency", "competencies")}.`
      : report.changeCount === 0
        ? `No changes: the file matches ${report.activeFramework.code} as it is.`
        : `${count(report.changeCount, "change", "changes")} to ${report.activeFramework.code}.`;
  return (
    <p className="flex items-start gap-2 rounded-md border border-navy-200 bg-navy-50 p-3 text-navy-900">
      <CircleAlert aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
      <span>
        <strong>Dry run.</strong> {summary} Nothing has been written yet.
      </span>
    </p>
  );
}

function IssueList({ issues, title, id }: { issues: ImportIssue[]; title: string; id: string }) {
  if (issues.length === 0) return null;
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h3 id={id} className="text-base font-semibold text-navy-900">
        {title} ({formatCount(issues.length)})
      </h3>
      <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white text-sm">
        {issues.map((issue, index) => (
          <li key={index} className="p-3">
            <p className="font-semibold break-words text-slate-800">
              {issue.file}
              {issue.row !== null ? `, row ${issue.row}` : ""}
              {issue.field ? `, ${issue.field}` : ""}
            </p>
            <p className="break-words text-slate-800">{issue.message}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function FieldChanges({ changes }: { changes: FieldChange[] }) {
  return (
    <dl className="mt-2 space-y-2 text-sm">
      {changes.map((change) => (
        <div key={change.field} className="rounded-md bg-slate-50 p-2">
          <dt className="font-semibold text-slate-800">{change.field}</dt>
          <dd className="mt-1 grid gap-1 sm:grid-cols-2">
            <span className="min-w-0 break-words whitespace-pre-line text-slate-700">
              <span className="font-semibold text-red-800">Before: </span>
              {change.before}
            </span>
            <span className="min-w-0 break-words whitespace-pre-line text-slate-900">
              <span className="font-semibold text-green-800">After: </span>
              {change.after}
            </span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

function RecordList({ records, verb }: { records: RecordChange[]; verb: string }) {
  if (records.length === 0) return null;
  return (
    <div>
      <h4 className="text-sm font-semibold text-slate-800">
        {verb} ({formatCount(records.length)})
      </h4>
      <ul className="mt-1 space-y-2">
        {records.map((record) => (
          <li key={record.key} className="rounded-md border border-slate-200 bg-white p-3">
            <p className="break-words">
              <span className="font-semibold text-navy-900">{record.label}</span> <span className="text-sm text-slate-700">{record.key}</span>
            </p>
            {record.changes.length > 0 ? <FieldChanges changes={record.changes} /> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Section({ id, title, section }: { id: string; title: string; section: SectionChanges }) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h3 id={id} className="text-base font-semibold text-navy-900">
        {title}: {formatCount(section.created.length)} new, {formatCount(section.updated.length)} changed, {formatCount(section.unchanged)} unchanged
      </h3>
      <RecordList records={section.created} verb="New" />
      <RecordList records={section.updated} verb="Changed" />
    </section>
  );
}

export function ImportReportView({ report, stage }: { report: ImportReport; stage: "preview" | "applied" }) {
  const errors = report.issues.filter((issue) => issue.severity === "error");
  const warnings = report.issues.filter((issue) => issue.severity === "warning");
  const { changes, carryOver } = report;
  return (
    <div className="space-y-5">
      <Headline report={report} stage={stage} />
      <IssueList id="import-errors" title="Invalid rows" issues={errors} />
      <IssueList id="import-warnings" title="Warnings (these do not stop the import)" issues={warnings} />
      {report.isValid ? (
        <>
          {changes.framework.length > 0 ? (
            <section aria-labelledby="import-framework" className="space-y-2">
              <h3 id="import-framework" className="text-base font-semibold text-navy-900">
                The version itself
              </h3>
              <FieldChanges changes={changes.framework} />
            </section>
          ) : null}
          <Section id="import-competencies" title="Competencies" section={changes.competencies} />
          <Section id="import-roles" title="FRAC roles" section={changes.roles} />
          <Section id="import-posts" title="Posts" section={changes.posts} />
          {changes.removedRequirements.length > 0 ? (
            <section aria-labelledby="import-removed-requirements" className="space-y-2">
              <h3 id="import-removed-requirements" className="text-base font-semibold text-navy-900">
                Requirements removed ({formatCount(changes.removedRequirements.length)})
              </h3>
              <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800">
                {changes.removedRequirements.map((row) => (
                  <li key={`${row.roleCode}-${row.competency}`}>
                    {row.roleCode} no longer requires {row.competency} (was level {row.level})
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {changes.removedPostRoles.length > 0 ? (
            <section aria-labelledby="import-removed-post-roles" className="space-y-2">
              <h3 id="import-removed-post-roles" className="text-base font-semibold text-navy-900">
                Roles taken off posts ({formatCount(changes.removedPostRoles.length)})
              </h3>
              <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800">
                {changes.removedPostRoles.map((row) => (
                  <li key={`${row.postCode}-${row.roleCode}`}>
                    {row.postCode} no longer carries {row.roleCode}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {report.mode === "new-version" ? (
            <section aria-labelledby="import-mapping" className="space-y-2">
              <h3 id="import-mapping" className="text-base font-semibold text-navy-900">
                Mapping from {report.activeFramework.code} ({formatCount(report.mapping.length)})
              </h3>
              {carryOver ? (
                <ul className="grid gap-1 text-sm text-slate-800 sm:grid-cols-2">
                  <li>{count(carryOver.evidence, "passbook entry", "passbook entries")} carried over</li>
                  <li>{count(carryOver.officials, "official's held levels raised", "officials' held levels raised")}</li>
                  <li>{count(carryOver.selfAssessments, "self-assessment", "self-assessments")} carried over</li>
                  <li>
                    {count(carryOver.courseTags, "course tag", "course tags")} added on {count(carryOver.courses, "course", "courses")}
                  </li>
                </ul>
              ) : null}
              <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white text-sm">
                {report.mapping.map((pair) => (
                  <li key={`${pair.from}-${pair.to}`} className="p-2 break-words">
                    {pair.fromName} <span className="text-slate-600">({pair.from})</span> → {pair.toName} <span className="text-slate-600">({pair.to})</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
