"use client";

import { useState } from "react";
import { FileSearch, Upload } from "lucide-react";
import { FieldMessages, FormStatus, TextAreaField, TextField } from "../form-fields";
import { useActionForm } from "../use-action-form";
import { importFrameworkAction } from "./actions";
import { ImportReportView } from "./import-report";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/ui-classes";

const MODES = [
  { value: "update", label: "Update the version in use", hint: "Competencies are matched by external id, roles and posts by code." },
  { value: "new-version", label: "Import as a new version", hint: "The file's competencies replace the version in use, which stays readable." },
] as const;

/**
 * One form, posted twice: the dry run, then — with the dry run's fingerprint — the apply. The
 * chosen files stay in the input between the two; choosing other files hides the apply button
 * until they have had their own dry run.
 */
export function ImportForm() {
  const { state, formAction, onSubmit, isPending, fieldErrors } = useActionForm(importFrameworkAction);
  const [mode, setMode] = useState<(typeof MODES)[number]["value"]>("update");
  const [isChanged, setIsChanged] = useState(false);
  const result = state?.ok ? state.data : null;
  const report = result?.report ?? null;
  const canApply = !isChanged && result?.stage === "preview" && report?.isValid && (report.changeCount > 0 || report.mode === "new-version");

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
        className="space-y-5 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
      >
        <div>
          <label htmlFor="import-files" className="block text-sm font-semibold text-slate-800">
            Framework file
          </label>
          <p id="import-files-hint" className="mt-1 text-sm text-slate-600">
            One JSON file, or the CSV sheets (competencies, roles, activities, role requirements, posts; any of them). A mapping CSV may go with either.
          </p>
          <input
            id="import-files"
            name="files"
            type="file"
            multiple
            accept=".json,.csv,application/json,text/csv"
            aria-describedby={fieldErrors.files ? "import-files-hint import-files-error" : "import-files-hint"}
            aria-invalid={fieldErrors.files ? true : undefined}
            className="mt-2 block w-full text-sm text-slate-800 file:mr-3 file:min-h-11 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-4 file:font-semibold file:text-navy-800 hover:file:bg-navy-50"
          />
          <FieldMessages id="import-files" error={fieldErrors.files} />
        </div>

        <fieldset>
          <legend className="text-sm font-semibold text-slate-800">How to import it</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {MODES.map((option) => (
              <label
                key={option.value}
                className="flex cursor-pointer items-start gap-2 rounded-md border border-slate-300 p-3 text-sm has-checked:border-navy-600 has-checked:bg-navy-50"
              >
                <input
                  type="radio"
                  name="mode"
                  value={option.value}
                  checked={mode === option.value}
                  onChange={() => setMode(option.value)}
                  className="mt-0.5 size-4 accent-navy-700"
                />
                <span>
                  <span className="block font-semibold text-navy-900">{option.label}</span>
                  <span className="block text-slate-600">{option.hint}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>

        {mode === "new-version" ? (
          <div className="grid gap-4 rounded-md border border-slate-200 p-3 sm:grid-cols-2">
            <TextField id="version-code" name="versionCode" label="Version code" hint="e.g. KCM-2025" maxLength={64} error={fieldErrors.versionCode} />
            <TextField id="version-name" name="versionName" label="Version name" hint="e.g. Karmayogi Competency Model 2025" maxLength={200} error={fieldErrors.versionName} />
            <div className="sm:col-span-2">
              <TextAreaField id="version-description" name="versionDescription" label="Description" optional rows={2} maxLength={2000} error={fieldErrors.versionDescription} />
            </div>
          </div>
        ) : null}

        {canApply && report ? <input type="hidden" name="fingerprint" value={report.fingerprint} /> : null}
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" name="intent" value="preview" disabled={isPending} aria-busy={isPending} className={canApply ? SECONDARY_BUTTON : PRIMARY_BUTTON}>
            <FileSearch aria-hidden="true" className="size-4" /> {isPending ? "Working…" : "Dry run"}
          </button>
          {canApply ? (
            <button type="submit" name="intent" value="apply" disabled={isPending} aria-busy={isPending} className={PRIMARY_BUTTON}>
              <Upload aria-hidden="true" className="size-4" /> Apply these changes
            </button>
          ) : null}
          <FormStatus message={state && !state.ok && !state.fieldErrors ? state.message : null} />
        </div>
      </form>

      {report && result ? (
        <section aria-labelledby="import-report-heading" aria-live="polite" className="space-y-3">
          <h2 id="import-report-heading" className="text-lg font-semibold text-navy-900">
            {result.stage === "applied" ? "Import applied" : "Dry run report"}
          </h2>
          {isChanged && result.stage === "preview" ? (
            <p className="text-sm text-amber-900">The form has changed since this report: run the dry run again before applying.</p>
          ) : null}
          <ImportReportView report={report} stage={result.stage} />
        </section>
      ) : null}
    </div>
  );
}
