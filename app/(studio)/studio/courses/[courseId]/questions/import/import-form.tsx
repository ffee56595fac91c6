"use client";

import { useState } from "react";
import { FileSearch, Upload } from "lucide-react";
import { MAX_QUESTION_CSV_BYTES, MAX_QUESTION_CSV_ROWS } from "@/lib/domain/studio/question-csv";
import { importQuestionsAction } from "../actions";
import { useActionForm } from "../use-action-form";
import { ImportReport } from "./import-report";
import { FIELD_ERROR, HINT, LABEL, PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/ui-classes";

/**
 * One form posted twice: the dry run, then the import of the same file. Choosing another file
 * hides the import button until that file has had its own dry run.
 */
export function ImportForm({ courseId }: { courseId: string }) {
  const { state, formAction, onSubmit, isPending, fieldErrors } = useActionForm(importQuestionsAction);
  const [isChanged, setIsChanged] = useState(false);
  const report = state?.ok ? state.data.report : null;
  const changes = report ? report.counts.CREATE + report.counts.UPDATE + report.counts.REPLACE : 0;
  const canImport = !isChanged && report?.isValid === true && changes > 0;

  return (
    <div className="space-y-6">
      <form
        action={formAction}
        onSubmit={(event) => {
          setIsChanged(false);
          onSubmit(event);
        }}
        onChange={() => setIsChanged(true)}
        noValidate
        className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
      >
        <input type="hidden" name="courseId" value={courseId} />
        <div>
          <label htmlFor="import-file" className={LABEL}>
            CSV file
          </label>
          <p id="import-file-hint" className={HINT}>
            Up to {MAX_QUESTION_CSV_BYTES / 1024} KB and {MAX_QUESTION_CSV_ROWS.toLocaleString("en-IN")} questions, UTF-8, with the column names in the first row.
          </p>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={fieldErrors.file ? "import-file-hint import-file-error" : "import-file-hint"}
            aria-invalid={fieldErrors.file ? true : undefined}
            className="mt-2 block w-full text-sm text-slate-800 file:mr-3 file:min-h-11 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-4 file:font-semibold file:text-navy-800 hover:file:bg-navy-50"
          />
          {fieldErrors.file?.[0] ? (
            <p id="import-file-error" className={FIELD_ERROR}>
              {fieldErrors.file[0]}
            </p>
          ) : null}
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" name="intent" value="preview" disabled={isPending} aria-busy={isPending} className={canImport ? SECONDARY_BUTTON : PRIMARY_BUTTON}>
            <FileSearch aria-hidden="true" className="size-4" /> {isPending ? "Working…" : "Dry run"}
          </button>
          {canImport ? (
            <button type="submit" name="intent" value="apply" disabled={isPending} aria-busy={isPending} className={PRIMARY_BUTTON}>
              <Upload aria-hidden="true" className="size-4" /> Import {changes} {changes === 1 ? "question" : "questions"}
            </button>
          ) : null}
          <p aria-live="polite" className="min-h-6 text-sm font-semibold text-red-800">
            {state && !state.ok && !state.fieldErrors ? state.message : null}
          </p>
        </div>
      </form>

      {report ? (
        <section aria-labelledby="import-report-heading" aria-live="polite" className="space-y-3">
          <h2 id="import-report-heading" className="text-lg font-semibold text-navy-900">
            Dry run report
          </h2>
          {isChanged ? <p className="text-sm text-amber-900">The file has changed since this report: run the dry run again before importing.</p> : null}
          <ImportReport report={report} />
        </section>
      ) : null}
    </div>
  );
}
