"use client";

import { useState, useTransition } from "react";
import { renderMarkdownAction } from "../actions";
import { fieldId, useFieldError, useIsReadOnly } from "./editor-context";
import { PROSE } from "./prose";
import { CONTROL, HINT, LABEL, SMALL_BUTTON } from "@/components/ui-classes";


type MarkdownFieldProps = { path: string; label: string; value: string; onChange: (value: string) => void; maxLength: number; rows?: number; hint?: string; lang?: string };

/**
 * Markdown source with a Write / Preview switch. The preview is rendered on the server by the same
 * renderer and sanitiser learners get, so what the author sees is what is published.
 */
export function MarkdownField({ path, label, value, onChange, maxLength, rows = 8, hint, lang }: MarkdownFieldProps) {
  const id = fieldId(path);
  const error = useFieldError(path);
  const isReadOnly = useIsReadOnly();
  const [preview, setPreview] = useState<{ source: string; html: string } | null>(null);
  const [isShowingPreview, setIsShowingPreview] = useState(false);
  const [isPending, startTransition] = useTransition();

  const showPreview = () => {
    setIsShowingPreview(true);
    if (preview?.source === value) return;
    startTransition(async () => {
      const result = await renderMarkdownAction({ markdown: value });
      setPreview({ source: value, html: result.ok ? result.data : "<p>The preview could not be shown. Try again.</p>" });
    });
  };

  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div>
      <div className="flex flex-wrap items-end justify-between gap-2">
        <label htmlFor={id} className={LABEL}>
          {label}
        </label>
        <div role="group" aria-label={`${label}: show`} className="flex gap-1">
          <button type="button" className={SMALL_BUTTON} aria-pressed={!isShowingPreview} onClick={() => setIsShowingPreview(false)}>
            Write
          </button>
          <button type="button" className={SMALL_BUTTON} aria-pressed={isShowingPreview} onClick={showPreview}>
            Preview
          </button>
        </div>
      </div>
      <textarea
        id={id}
        value={value}
        rows={rows}
        maxLength={maxLength}
        lang={lang}
        disabled={isReadOnly}
        hidden={isShowingPreview}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`${CONTROL} py-2 font-mono text-sm`}
      />
      {isShowingPreview ? (
        <div aria-live="polite" aria-busy={isPending} className="mt-1 min-h-24 rounded-md border border-slate-300 bg-slate-50 p-3">
          {isPending || preview?.source !== value ? (
            <p className="text-sm text-slate-600">Rendering the preview…</p>
          ) : preview.html.trim() === "" ? (
            <p className="text-sm text-slate-600">Nothing written yet.</p>
          ) : (
            <div lang={lang} className={PROSE} dangerouslySetInnerHTML={{ __html: preview.html }} />
          )}
        </div>
      ) : null}
      <p id={`${id}-hint`} className={HINT}>
        {hint ?? "Markdown: # heading, **bold**, *italic*, - list, [link](https://…). HTML is removed when saved."}
      </p>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
