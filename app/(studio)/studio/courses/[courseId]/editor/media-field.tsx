"use client";

import { useRef, useState } from "react";
import { FileUp } from "lucide-react";
import type { MediaSummary } from "@/lib/server/studio/revisions/get-course-editor";
import { fieldId, useFieldError, useIsReadOnly } from "./editor-context";
import { HINT, LABEL, SECONDARY_BUTTON, SMALL_BUTTON } from "@/components/ui-classes";

export type UploadLimit = { maxBytes: number; accept: string; label: string };
export type MediaKindName = MediaSummary["kind"];

type UploadResponse = { ok: true; asset: MediaSummary & { mimeType: string } } | { ok: false; error: { code: string; message: string } };

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

type MediaFieldProps = {
  path: string;
  label: string;
  kind: MediaKindName;
  limit: UploadLimit;
  mediaId: string | null;
  /** What is known of uploaded files, by id (loaded with the page, added to on upload). */
  known: ReadonlyMap<string, MediaSummary>;
  onUploaded: (asset: MediaSummary) => void;
  onRemove?: () => void;
};

/** Upload through POST /studio/media; the file is checked there from its own bytes. */
export function MediaField({ path, label, kind, limit, mediaId, known, onUploaded, onRemove }: MediaFieldProps) {
  const id = fieldId(path);
  const serverError = useFieldError(path);
  const isReadOnly = useIsReadOnly();
  const inputRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<{ kind: "idle" } | { kind: "uploading"; name: string } | { kind: "error"; message: string }>({ kind: "idle" });
  const current = mediaId ? known.get(mediaId) : undefined;

  const upload = async (file: File) => {
    if (file.size > limit.maxBytes) {
      setStatus({ kind: "error", message: `${file.name} is ${formatBytes(file.size)}; the limit is ${formatBytes(limit.maxBytes)}.` });
      return;
    }
    setStatus({ kind: "uploading", name: file.name });
    const body = new FormData();
    body.set("kind", kind);
    body.set("file", file);
    try {
      const response = await fetch("/studio/media", { method: "POST", body });
      const result = (await response.json()) as UploadResponse;
      if (result.ok) {
        onUploaded({ id: result.asset.id, kind, originalName: result.asset.originalName, sizeBytes: Number(result.asset.sizeBytes), url: result.asset.url });
        setStatus({ kind: "idle" });
      } else {
        setStatus({ kind: "error", message: result.error.message });
      }
    } catch {
      setStatus({ kind: "error", message: "The upload did not reach the server. Check your connection and try again." });
    }
    if (inputRef.current) inputRef.current.value = "";
  };

  const error = status.kind === "error" ? status.message : serverError;
  return (
    <div>
      <p id={`${id}-label`} className={LABEL}>
        {label}
      </p>
      <div className="mt-1 flex flex-wrap items-center gap-3 rounded-md border border-dashed border-slate-400 bg-slate-50 p-3">
        {current ? (
          <p className="min-w-0 text-sm break-all text-slate-800">
            <a href={current.url} target="_blank" rel="noopener" className="font-semibold text-navy-700 underline">
              {current.originalName}
            </a>{" "}
            <span className="text-slate-600">({formatBytes(current.sizeBytes)})</span>
          </p>
        ) : mediaId ? (
          <p className="text-sm text-slate-700">A file is attached.</p>
        ) : (
          <p className="text-sm text-slate-700">No file yet.</p>
        )}
        {isReadOnly ? null : (
          <>
            <input
              ref={inputRef}
              id={id}
              type="file"
              accept={limit.accept}
              className="sr-only"
              aria-labelledby={`${id}-label ${id}-button`}
              aria-describedby={`${id}-hint`}
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) void upload(file);
              }}
            />
            <button id={`${id}-button`} type="button" className={SECONDARY_BUTTON} disabled={status.kind === "uploading"} onClick={() => inputRef.current?.click()}>
              <FileUp aria-hidden="true" className="size-4" /> {mediaId ? "Replace" : "Upload"}
            </button>
            {mediaId && onRemove ? (
              <button type="button" className={SMALL_BUTTON} onClick={onRemove}>
                Remove
              </button>
            ) : null}
          </>
        )}
      </div>
      <p id={`${id}-hint`} className={HINT}>
        {limit.label}.
      </p>
      <p aria-live="polite" className="text-sm">
        {status.kind === "uploading" ? <span className="text-slate-700">Uploading {status.name}…</span> : null}
        {error ? <span className="font-semibold text-red-800">{error}</span> : null}
      </p>
    </div>
  );
}
