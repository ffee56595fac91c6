import type { ReactNode } from "react";

// Labelled inputs with their hint and error wired up for screen readers (aria-describedby,
// aria-invalid), shared by the framework's forms.

const CONTROL = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 text-base text-slate-900 aria-invalid:border-red-700";

type FieldProps = {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string[];
  optional?: boolean;
};

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

function Label({ id, label, optional }: Pick<FieldProps, "id" | "label" | "optional">) {
  return (
    <label htmlFor={id} className="block text-sm font-semibold text-slate-800">
      {label} {optional ? <span className="font-normal text-slate-600">(optional)</span> : null}
    </label>
  );
}

export function FieldMessages({ id, hint, error }: Pick<FieldProps, "id" | "hint" | "error">) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {error?.[0] ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-800">
          {error[0]}
        </p>
      ) : null}
    </>
  );
}

export function TextField({
  name,
  defaultValue,
  maxLength,
  required,
  list,
  lang,
  ...field
}: FieldProps & { name: string; defaultValue?: string; maxLength?: number; required?: boolean; list?: string; lang?: string }) {
  return (
    <div>
      <Label {...field} />
      <input
        id={field.id}
        name={name}
        type="text"
        defaultValue={defaultValue}
        maxLength={maxLength}
        required={required}
        list={list}
        lang={lang}
        aria-invalid={field.error?.[0] ? true : undefined}
        aria-describedby={describedBy(field.id, field.hint, field.error?.[0])}
        className={`${CONTROL} min-h-11`}
      />
      <FieldMessages {...field} />
    </div>
  );
}

export function TextAreaField({ name, defaultValue, maxLength, rows = 3, ...field }: FieldProps & { name: string; defaultValue?: string; maxLength?: number; rows?: number }) {
  return (
    <div>
      <Label {...field} />
      <textarea
        id={field.id}
        name={name}
        defaultValue={defaultValue}
        maxLength={maxLength}
        rows={rows}
        aria-invalid={field.error?.[0] ? true : undefined}
        aria-describedby={describedBy(field.id, field.hint, field.error?.[0])}
        className={`${CONTROL} py-2`}
      />
      <FieldMessages {...field} />
    </div>
  );
}

export function SelectField({
  name,
  defaultValue,
  options,
  emptyLabel,
  ...field
}: FieldProps & { name: string; defaultValue?: string; options: readonly { value: string; label: string }[]; emptyLabel?: string }) {
  return (
    <div>
      <Label {...field} />
      <select
        id={field.id}
        name={name}
        defaultValue={defaultValue ?? ""}
        aria-invalid={field.error?.[0] ? true : undefined}
        aria-describedby={describedBy(field.id, field.hint, field.error?.[0])}
        className={`${CONTROL} min-h-11`}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessages {...field} />
    </div>
  );
}

/** The form's own message (not tied to a field), announced when it appears. */
export function FormStatus({ message }: { message: string | null }) {
  return (
    <p aria-live="polite" className="min-h-6 text-sm font-semibold text-red-800">
      {message}
    </p>
  );
}

/**
 * A card-like group of fields. The legend floats so it sits inside the card, as a heading
 * would, while screen readers still hear it as the group's name.
 */
export function FormSection({ legend, description, children, describedBy }: { legend: string; description?: ReactNode; children: ReactNode; describedBy?: string }) {
  return (
    <fieldset aria-describedby={describedBy} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <legend className="float-left w-full text-lg font-semibold text-navy-900">{legend}</legend>
      <div className="clear-left space-y-4 pt-3">
        {description ? <p className="text-sm text-slate-700">{description}</p> : null}
        {children}
      </div>
    </fieldset>
  );
}
