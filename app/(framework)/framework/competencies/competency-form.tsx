"use client";

import Link from "next/link";
import { COMPETENCY_TYPES, GENERIC_LEVEL_NAMES, LEVEL_NUMBERS, type CompetencyTypeName, type LevelDescriptor } from "@/lib/domain/framework/framework-document";
import { MAX_LENGTHS } from "@/lib/domain/framework/field-rules";
import { FormSection, FormStatus, SelectField, TextAreaField, TextField } from "../form-fields";
import { TYPE_LABELS } from "../framework-ui";
import { useActionForm } from "../use-action-form";
import { saveCompetencyAction } from "./actions";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/ui-classes";

export type CompetencyFormValues = {
  id?: string;
  externalId: string;
  code: string;
  name: string;
  nameHi: string | null;
  type: CompetencyTypeName | "";
  area: string;
  description: string;
  levels: LevelDescriptor[];
};

export const EMPTY_COMPETENCY: CompetencyFormValues = {
  externalId: "",
  code: "",
  name: "",
  nameHi: null,
  type: "",
  area: "",
  description: "",
  levels: GENERIC_LEVEL_NAMES.map((name, index) => ({ level: index + 1, name, descriptor: "" })),
};

export function CompetencyForm({ values, areas, cancelHref }: { values: CompetencyFormValues; areas: string[]; cancelHref: string }) {
  const { state, formAction, onSubmit, isPending, fieldErrors } = useActionForm(saveCompetencyAction);
  const levels = new Map(values.levels.map((level) => [level.level, level]));
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-6">
      {values.id ? <input type="hidden" name="id" value={values.id} /> : null}
      <FormSection legend="Competency">
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField id="competency-name" name="name" label="Name" defaultValue={values.name} maxLength={MAX_LENGTHS.name} error={fieldErrors.name} />
          <TextField id="competency-name-hi" name="nameHi" label="Name in Hindi" optional lang="hi" defaultValue={values.nameHi ?? ""} maxLength={MAX_LENGTHS.name} error={fieldErrors.nameHi} />
          <TextField
            id="competency-code"
            name="code"
            label="Code"
            hint="Unique across all versions, e.g. FUN-NOTING."
            defaultValue={values.code}
            maxLength={MAX_LENGTHS.code}
            error={fieldErrors.code}
          />
          <TextField
            id="competency-external-id"
            name="externalId"
            label="External id"
            hint="The id the framework's own publication uses; imports match on it."
            defaultValue={values.externalId}
            maxLength={MAX_LENGTHS.externalId}
            error={fieldErrors.externalId}
          />
          <SelectField
            id="competency-type"
            name="type"
            label="Type"
            defaultValue={values.type}
            emptyLabel="Choose a type"
            options={COMPETENCY_TYPES.map((type) => ({ value: type, label: TYPE_LABELS[type] }))}
            error={fieldErrors.type}
          />
          <TextField id="competency-area" name="area" label="Area" list="competency-areas" defaultValue={values.area} maxLength={MAX_LENGTHS.area} error={fieldErrors.area} />
          <datalist id="competency-areas">
            {areas.map((area) => (
              <option key={area} value={area} />
            ))}
          </datalist>
        </div>
        <TextAreaField id="competency-description" name="description" label="Description" optional rows={3} defaultValue={values.description} maxLength={MAX_LENGTHS.description} error={fieldErrors.description} />
      </FormSection>

      <FormSection legend="Proficiency levels" description="A name and a descriptor for each of the five levels, from awareness to expertise.">
        {LEVEL_NUMBERS.map((level) => (
          <div key={level} className="grid gap-3 border-t border-slate-200 pt-4 sm:grid-cols-[14rem_minmax(0,1fr)]">
            <TextField
              id={`level-${level}-name`}
              name={`level${level}Name`}
              label={`Level ${level} name`}
              defaultValue={levels.get(level)?.name ?? GENERIC_LEVEL_NAMES[level - 1]}
              maxLength={MAX_LENGTHS.levelName}
              error={fieldErrors[`level${level}Name`]}
            />
            <TextAreaField
              id={`level-${level}-descriptor`}
              name={`level${level}Descriptor`}
              label={`Level ${level} descriptor`}
              rows={2}
              defaultValue={levels.get(level)?.descriptor ?? ""}
              maxLength={MAX_LENGTHS.levelDescriptor}
              error={fieldErrors[`level${level}Descriptor`]}
            />
          </div>
        ))}
      </FormSection>

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={isPending} aria-busy={isPending} className={PRIMARY_BUTTON}>
          {isPending ? "Saving…" : values.id ? "Save changes" : "Create competency"}
        </button>
        <Link href={cancelHref} className={SECONDARY_BUTTON}>
          Cancel
        </Link>
        <FormStatus message={state && !state.ok ? state.message : null} />
      </div>
    </form>
  );
}
