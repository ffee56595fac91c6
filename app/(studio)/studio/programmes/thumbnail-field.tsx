"use client";

import { useId, useState, type ChangeEvent } from "react";
import { UPLOAD_LIMITS } from "@/lib/domain/studio/upload-rules";
import { FieldMessages } from "@/app/(framework)/framework/form-fields";

type UploadResponse = { ok: true; asset: { id: string; url: string } } | { ok: false; error: { code: string; message: string } };

/**
 * An optional image uploaded through the studio's media route as soon as it is chosen; the form
 * then carries only the asset's id. Without script the field is absent and the programme simply
 * has no thumbnail.
 */
export function ThumbnailField({ defaultValue, error }: { defaultValue: string | null; error?: string[] }) {
  const id = useId();
  const [assetId, setAssetId] = useState(defaultValue ?? "");
  const [status, setStatus] = useState<string | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setUploadError(null);
    setStatus("Uploading…");
    const body = new FormData();
    body.set("file", file);
    body.set("kind", "IMAGE");
    try {
      const response = await fetch("/studio/media", { method: "POST", body });
      const result = (await response.json()) as UploadResponse;
      if (result.ok) {
        setAssetId(result.asset.id);
        setStatus("Image uploaded. Save the programme to keep it.");
      } else {
        setStatus(null);
        setUploadError(result.error.message);
      }
    } catch {
      setStatus(null);
      setUploadError("The image could not be uploaded. Check your connection and try again.");
    }
  }

  return (
    <div>
      <input type="hidden" name="thumbnailId" value={assetId} />
      <label htmlFor={id} className="block text-sm font-semibold text-slate-800">
        Thumbnail <span className="font-normal text-slate-600">(optional)</span>
      </label>
      <input
        id={id}
        type="file"
        accept={UPLOAD_LIMITS.IMAGE.accept}
        onChange={upload}
        aria-describedby={`${id}-hint`}
        className="mt-1 block w-full text-sm text-slate-800 file:mr-3 file:min-h-11 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:font-semibold"
      />
      <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
        {UPLOAD_LIMITS.IMAGE.label}.{assetId ? " An image is set; choose another to replace it." : ""}
      </p>
      <p aria-live="polite" className="text-sm text-slate-700">
        {status}
      </p>
      {assetId ? (
        <button type="button" onClick={() => setAssetId("")} className="mt-1 min-h-11 text-sm font-semibold text-navy-700 underline">
          Remove the thumbnail
        </button>
      ) : null}
      <FieldMessages id={`${id}-upload`} error={uploadError ? [uploadError] : error} />
    </div>
  );
}
