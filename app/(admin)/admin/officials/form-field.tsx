import type { ReactNode } from "react";
import { CONTROL, FIELD_ERROR, HINT, LABEL } from "@/components/ui-classes";

type Option = { value: string; label: string };

type FormFieldProps = {
  id: string;
  name: string;
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  defaultValue?: string | null;
  options?: Option[];
  type?: "text" | "email" | "password" | "number";
  required?: boolean;
  autoComplete?: string;
  min?: number;
  max?: number;
};

/** One labelled input or select with its hint and field error, linked for screen readers. */
export function FormField({ id, name, label, error, hint, defaultValue, options, type = "text", required, autoComplete, min, max }: FormFieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name,
    required,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    defaultValue: defaultValue ?? "",
  } as const;
  return (
    <div>
      <label htmlFor={id} className={LABEL}>
        {label}
        {required ? null : <span className="font-normal text-slate-600"> (optional)</span>}
      </label>
      {options ? (
        <select {...common} className={`${CONTROL} min-h-11`}>
          {required ? null : <option value="">—</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input {...common} type={type} autoComplete={autoComplete} min={min} max={max} className={`${CONTROL} min-h-11`} />
      )}
      {hint ? (
        <p id={`${id}-hint`} className={HINT}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className={FIELD_ERROR}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
