"use client";

import type { ReactNode } from "react";
import { fieldId, useFieldError, useIsReadOnly } from "./editor-context";
import { CONTROL, HINT, LABEL } from "@/components/ui-classes";

// Controlled inputs bound to a draft path: the id comes from the path (so checklist links can
// focus them), the label, hint and the server's error are wired for screen readers.

type FieldProps = { path: string; label: string; hint?: ReactNode; optional?: boolean; lang?: string };

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

function FieldLabel({ id, label, optional }: { id: string; label: string; optional?: boolean }) {
  return (
    <label htmlFor={id} className={LABEL}>
      {label} {optional ? <span className="font-normal text-slate-600">(optional)</span> : null}
    </label>
  );
}

function FieldNotes({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className={HINT}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
    </>
  );
}

export function TextInput({ value, onChange, maxLength, type = "text", ...field }: FieldProps & { value: string; onChange: (value: string) => void; maxLength?: number; type?: "text" | "url" }) {
  const id = fieldId(field.path);
  const error = useFieldError(field.path);
  const isReadOnly = useIsReadOnly();
  return (
    <div>
      <FieldLabel id={id} label={field.label} optional={field.optional} />
      <input
        id={id}
        type={type}
        value={value}
        maxLength={maxLength}
        lang={field.lang}
        disabled={isReadOnly}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, field.hint, error)}
        className={`${CONTROL} min-h-11`}
      />
      <FieldNotes id={id} hint={field.hint} error={error} />
    </div>
  );
}

export function TextArea({ value, onChange, maxLength, rows = 4, ...field }: FieldProps & { value: string; onChange: (value: string) => void; maxLength?: number; rows?: number }) {
  const id = fieldId(field.path);
  const error = useFieldError(field.path);
  const isReadOnly = useIsReadOnly();
  return (
    <div>
      <FieldLabel id={id} label={field.label} optional={field.optional} />
      <textarea
        id={id}
        value={value}
        rows={rows}
        maxLength={maxLength}
        lang={field.lang}
        disabled={isReadOnly}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, field.hint, error)}
        className={`${CONTROL} py-2`}
      />
      <FieldNotes id={id} hint={field.hint} error={error} />
    </div>
  );
}

/** A whole number; an empty box means null where `nullable`, otherwise the minimum. */
export function NumberInput({
  value,
  onChange,
  min,
  max,
  nullable = false,
  suffix,
  ...field
}: FieldProps & { value: number | null; onChange: (value: number | null) => void; min: number; max: number; nullable?: boolean; suffix?: string }) {
  const id = fieldId(field.path);
  const error = useFieldError(field.path);
  const isReadOnly = useIsReadOnly();
  return (
    <div>
      <FieldLabel id={id} label={field.label} optional={field.optional} />
      <div className="mt-1 flex items-center gap-2">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={value ?? ""}
          disabled={isReadOnly}
          onChange={(event) => {
            const raw = event.target.value;
            if (raw === "") return onChange(nullable ? null : min);
            const parsed = Math.trunc(Number(raw));
            if (Number.isFinite(parsed)) onChange(Math.max(min, Math.min(max, parsed)));
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, field.hint, error)}
          className={`${CONTROL} mt-0 min-h-11 w-32`}
        />
        {suffix ? <span className="text-sm text-slate-700">{suffix}</span> : null}
      </div>
      <FieldNotes id={id} hint={field.hint} error={error} />
    </div>
  );
}

export function SelectInput<V extends string>({
  value,
  onChange,
  options,
  ...field
}: FieldProps & { value: V; onChange: (value: V) => void; options: readonly { value: V; label: string }[] }) {
  const id = fieldId(field.path);
  const error = useFieldError(field.path);
  const isReadOnly = useIsReadOnly();
  return (
    <div>
      <FieldLabel id={id} label={field.label} optional={field.optional} />
      <select
        id={id}
        value={value}
        disabled={isReadOnly}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, field.hint, error)}
        className={`${CONTROL} min-h-11`}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldNotes id={id} hint={field.hint} error={error} />
    </div>
  );
}

export function CheckboxInput({ checked, onChange, path, label, hint }: { checked: boolean; onChange: (checked: boolean) => void; path: string; label: string; hint?: ReactNode }) {
  const id = fieldId(path);
  const isReadOnly = useIsReadOnly();
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={isReadOnly}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="mt-1 size-5 shrink-0 accent-navy-800"
      />
      <div>
        <label htmlFor={id} className="text-sm font-semibold text-slate-800">
          {label}
        </label>
        {hint ? (
          <p id={`${id}-hint`} className="text-sm text-slate-600">
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}
