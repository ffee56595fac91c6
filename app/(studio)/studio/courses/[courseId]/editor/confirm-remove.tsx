"use client";

import { useId, useRef, type ReactNode } from "react";
import { Trash2 } from "lucide-react";
import { DANGER_BUTTON, SECONDARY_BUTTON } from "@/components/ui-classes";

/**
 * A Remove button that asks first, in a modal <dialog> (focus moves into it and Escape cancels).
 * The explanation says what removal means for learners, since a published lesson is archived.
 */
export function ConfirmRemove({ label, title, children, onConfirm }: { label: string; title: string; children: ReactNode; onConfirm: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  return (
    <>
      <button type="button" className={DANGER_BUTTON} onClick={() => dialogRef.current?.showModal()}>
        <Trash2 aria-hidden="true" className="size-4" /> {label}
      </button>
      <dialog ref={dialogRef} aria-labelledby={headingId} className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-slate-300 p-5 shadow-xl backdrop:bg-slate-900/50">
        <h2 id={headingId} className="text-lg font-semibold text-navy-900">
          {title}
        </h2>
        <div className="mt-2 space-y-2 text-sm text-slate-700">{children}</div>
        <div className="mt-4 flex flex-wrap justify-end gap-2">
          <button type="button" className={SECONDARY_BUTTON} onClick={() => dialogRef.current?.close()} autoFocus>
            Keep it
          </button>
          <button
            type="button"
            className={DANGER_BUTTON}
            onClick={() => {
              dialogRef.current?.close();
              onConfirm();
            }}
          >
            Remove
          </button>
        </div>
      </dialog>
    </>
  );
}
