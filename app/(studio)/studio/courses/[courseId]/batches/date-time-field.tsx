import { FieldMessages } from "@/app/(framework)/framework/form-fields";

/** A datetime-local input labelled and wired to its error like the other form fields. */
export function DateTimeField({ id, name, label, defaultValue, error }: { id: string; name: string; label: string; defaultValue: string; error?: string[] }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold text-slate-800">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="datetime-local"
        defaultValue={defaultValue}
        aria-invalid={error?.[0] ? true : undefined}
        aria-describedby={error?.[0] ? `${id}-error` : undefined}
        className="mt-1 block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 text-base text-slate-900 aria-invalid:border-red-700"
      />
      <FieldMessages id={id} error={error} />
    </div>
  );
}
