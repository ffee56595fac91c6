"use client";

import { useActionState, useState } from "react";
import { Archive, ArchiveRestore, Trash2 } from "lucide-react";
import type { ActionResult } from "@/lib/domain/action-result";
import { archiveCourseAction, deleteDraftCourseAction, restoreCourseAction } from "./lifecycle-actions";
import { DANGER_BUTTON, SECONDARY_BUTTON } from "@/components/ui-classes";

type State = ActionResult<{ message: string }> | null;

/** Archive or restore at once (both undo each other); delete only after a second, explicit click. */
export function CourseLifecycleButtons({ courseId, canArchive, canRestore, canDelete }: { courseId: string; canArchive: boolean; canRestore: boolean; canDelete: boolean }) {
  const [archiveState, archiveAction, isArchiving] = useActionState<State, FormData>(archiveCourseAction, null);
  const [restoreState, restoreAction, isRestoring] = useActionState<State, FormData>(restoreCourseAction, null);
  const [deleteState, deleteAction, isDeleting] = useActionState<ActionResult<never> | null, FormData>(deleteDraftCourseAction, null);
  const [isConfirmingDelete, setIsConfirmingDelete] = useState(false);
  const state = deleteState ?? restoreState ?? archiveState;
  const hidden = <input type="hidden" name="courseId" value={courseId} />;

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {canArchive ? (
          <form action={archiveAction}>
            {hidden}
            <button type="submit" disabled={isArchiving} className={SECONDARY_BUTTON}>
              <Archive aria-hidden="true" className="size-4" /> {isArchiving ? "Archiving…" : "Archive course"}
            </button>
          </form>
        ) : null}
        {canRestore ? (
          <form action={restoreAction}>
            {hidden}
            <button type="submit" disabled={isRestoring} className={SECONDARY_BUTTON}>
              <ArchiveRestore aria-hidden="true" className="size-4" /> {isRestoring ? "Restoring…" : "Restore to the catalogue"}
            </button>
          </form>
        ) : null}
        {canDelete && !isConfirmingDelete ? (
          <button type="button" onClick={() => setIsConfirmingDelete(true)} className={DANGER_BUTTON}>
            <Trash2 aria-hidden="true" className="size-4" /> Delete course
          </button>
        ) : null}
      </div>
      {canDelete && isConfirmingDelete ? (
        <form action={deleteAction} className="space-y-2 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
          {hidden}
          <p>This deletes the course and all its versions for good. It cannot be undone.</p>
          <div className="flex flex-wrap gap-2">
            <button type="submit" disabled={isDeleting} className={DANGER_BUTTON}>
              <Trash2 aria-hidden="true" className="size-4" /> {isDeleting ? "Deleting…" : "Delete for good"}
            </button>
            <button type="button" onClick={() => setIsConfirmingDelete(false)} className={SECONDARY_BUTTON}>
              Keep the course
            </button>
          </div>
        </form>
      ) : null}
      <div aria-live="polite" className="text-sm empty:hidden">
        {state?.ok ? <p className="text-green-800">{state.data.message}</p> : null}
        {state && !state.ok ? <p className="text-red-800">{state.message}</p> : null}
      </div>
    </div>
  );
}
