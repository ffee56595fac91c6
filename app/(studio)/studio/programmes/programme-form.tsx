"use client";

import Link from "next/link";
import { MAX_COMPETENCY_LEVEL } from "@/lib/domain/learning/passbook";
import { MAX_PROGRAMME_COMPETENCIES, MAX_PROGRAMME_COURSES } from "@/lib/domain/studio/programme.schema";
import { FieldMessages, FormSection, FormStatus, SelectField, TextAreaField, TextField } from "@/app/(framework)/framework/form-fields";
import { useActionForm } from "@/app/(framework)/framework/use-action-form";
import { saveProgrammeAction } from "./actions";
import { ThumbnailField } from "./thumbnail-field";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/ui-classes";

export type ProgrammeFormValues = {
  programmeId?: string;
  title: string;
  summary: string;
  description: string;
  thumbnailId: string | null;
  courseIds: string[];
  competencies: { competencyId: string; level: number }[];
};

type Options = {
  courses: { id: string; title: string; providerName: string }[];
  competencies: { id: string; name: string; area: string }[];
};

const COURSE_ROWS = 6;
const COMPETENCY_ROWS = 4;
const LEVELS = Array.from({ length: MAX_COMPETENCY_LEVEL }, (_, index) => ({ value: String(index + 1), label: `Level ${index + 1}` }));

/**
 * Courses and competencies as fixed rows of plain selects: the order of the rows is the order of
 * the courses, which works by keyboard and without script, and an empty row is simply skipped.
 */
export function ProgrammeForm({ values, options, cancelHref }: { values: ProgrammeFormValues; options: Options; cancelHref: string }) {
  const { state, formAction, onSubmit, isPending, fieldErrors } = useActionForm(saveProgrammeAction);
  const courseRows = Math.min(MAX_PROGRAMME_COURSES, Math.max(COURSE_ROWS, values.courseIds.length + 2));
  const competencyRows = Math.min(MAX_PROGRAMME_COMPETENCIES, Math.max(COMPETENCY_ROWS, values.competencies.length + 1));
  const courseOptions = options.courses.map((course) => ({ value: course.id, label: `${course.title} — ${course.providerName}` }));
  const competencyOptions = options.competencies.map((competency) => ({ value: competency.id, label: `${competency.name} (${competency.area})` }));

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-6">
      {values.programmeId ? <input type="hidden" name="programmeId" value={values.programmeId} /> : null}
      <FormSection legend="About the programme">
        <TextField id="programme-title" name="title" label="Title" defaultValue={values.title} maxLength={200} error={fieldErrors.title} />
        <TextAreaField id="programme-summary" name="summary" label="Summary" hint="One or two sentences for the catalogue." rows={2} defaultValue={values.summary} maxLength={500} error={fieldErrors.summary} />
        <TextAreaField id="programme-description" name="description" label="Description" optional rows={5} defaultValue={values.description} maxLength={10000} error={fieldErrors.description} />
        <ThumbnailField defaultValue={values.thumbnailId} error={fieldErrors.thumbnailId} />
      </FormSection>

      <FormSection legend="Courses, in order" description="Published courses of any provider. Learners see them in this order; leave a row empty to skip it. Publishing needs at least two.">
        <ol className="space-y-3">
          {Array.from({ length: courseRows }, (_, index) => (
            <li key={index}>
              <SelectField
                id={`programme-course-${index + 1}`}
                name="courseId"
                label={`Course ${index + 1}`}
                defaultValue={values.courseIds[index] ?? ""}
                emptyLabel="No course"
                options={courseOptions}
              />
            </li>
          ))}
        </ol>
        <FieldMessages id="programme-courses" error={fieldErrors.courseId} />
      </FormSection>

      <FormSection legend="Competencies" description="What completing the whole programme evidences in the learner's passbook, and at which level.">
        <div className="space-y-3">
          {Array.from({ length: competencyRows }, (_, index) => (
            <div key={index} className="grid gap-3 sm:grid-cols-[1fr_10rem]">
              <SelectField
                id={`programme-competency-${index + 1}`}
                name="competencyId"
                label={`Competency ${index + 1}`}
                defaultValue={values.competencies[index]?.competencyId ?? ""}
                emptyLabel="No competency"
                options={competencyOptions}
              />
              <SelectField
                id={`programme-level-${index + 1}`}
                name="level"
                label={`Level for competency ${index + 1}`}
                defaultValue={String(values.competencies[index]?.level ?? 2)}
                options={LEVELS}
              />
            </div>
          ))}
        </div>
        <FieldMessages id="programme-competencies" error={fieldErrors.competencyId ?? fieldErrors.level} />
      </FormSection>

      <FormStatus message={state && !state.ok ? state.message : null} />
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={PRIMARY_BUTTON} disabled={isPending}>
          {isPending ? "Saving…" : "Save draft"}
        </button>
        <Link href={cancelHref} className={SECONDARY_BUTTON}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
