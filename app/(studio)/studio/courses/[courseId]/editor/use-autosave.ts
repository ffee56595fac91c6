"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { CourseDraft } from "@/lib/domain/studio/course-draft";
import type { FieldErrors } from "@/lib/domain/action-result";
import { saveCourseDraftAction } from "../actions";

export const AUTOSAVE_DELAY_MS = 1500;

export type SaveState =
  | { kind: "saved"; savedAt: Date }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "failed"; message: string; fieldErrors: FieldErrors }
  /** Someone saved a newer copy, or the version left the editable states: saving stops for good. */
  | { kind: "blocked"; code: "STALE_EDIT" | "REVISION_NOT_EDITABLE"; message: string };

type Options = { revisionId: string; editVersion: number; savedAt: Date; isEnabled: boolean };

/**
 * The editor's document with debounced saving of the whole of it: AUTOSAVE_DELAY_MS after the last
 * change, at once on `flush` (focus leaving the editor, the tab being hidden), one save at a time.
 * Each save names the editVersion the last one returned, so a save racing another tab is refused
 * rather than overwriting it; after that refusal nothing more is sent.
 */
export function useAutosave(initial: CourseDraft, options: Options) {
  const [draft, setDraftState] = useState(initial);
  const [state, setState] = useState<SaveState>({ kind: "saved", savedAt: options.savedAt });
  const draftRef = useRef(initial);
  const editVersionRef = useRef(options.editVersion);
  // Bumped by each change; a save that ends with a newer change pending schedules another.
  const changeRef = useRef(0);
  const savedChangeRef = useRef(0);
  const inFlightRef = useRef(false);
  const blockedRef = useRef(!options.isEnabled);
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The timer calls the latest save through a ref, so scheduling needs no circular dependency.
  const saveRef = useRef<() => Promise<void>>(async () => {});
  const schedule = useCallback(() => {
    if (timerRef.current) clearTimeout(timerRef.current);
    timerRef.current = setTimeout(() => void saveRef.current(), AUTOSAVE_DELAY_MS);
  }, []);

  const save = useCallback(async () => {
    if (timerRef.current) clearTimeout(timerRef.current);
    timerRef.current = null;
    if (blockedRef.current || inFlightRef.current || changeRef.current === savedChangeRef.current) return;
    inFlightRef.current = true;
    const change = changeRef.current;
    let isUnreachable = false;
    setState({ kind: "saving" });
    try {
      const result = await saveCourseDraftAction({ revisionId: options.revisionId, editVersion: editVersionRef.current, content: draftRef.current });
      if (result.ok) {
        editVersionRef.current = result.data.editVersion;
        savedChangeRef.current = change;
        setState(changeRef.current === change ? { kind: "saved", savedAt: new Date(result.data.savedAt) } : { kind: "dirty" });
      } else if (result.code === "STALE_EDIT" || result.code === "REVISION_NOT_EDITABLE") {
        blockedRef.current = true;
        setState({ kind: "blocked", code: result.code === "STALE_EDIT" ? "STALE_EDIT" : "REVISION_NOT_EDITABLE", message: result.message });
      } else {
        setState({ kind: "failed", message: result.message, fieldErrors: result.fieldErrors ?? {} });
      }
    } catch {
      setState({ kind: "failed", message: "The server could not be reached. Your changes are kept here; saving will be tried again.", fieldErrors: {} });
      isUnreachable = true;
    } finally {
      inFlightRef.current = false;
    }
    // Changes made while this save was in flight go in the next one; an unreachable server is retried.
    if (!blockedRef.current && changeRef.current !== savedChangeRef.current && (isUnreachable || changeRef.current !== change)) schedule();
  }, [options.revisionId, schedule]);

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const setDraft = useCallback(
    (change: (current: CourseDraft) => CourseDraft) => {
      if (blockedRef.current) return;
      const next = change(draftRef.current);
      if (next === draftRef.current) return;
      draftRef.current = next;
      changeRef.current += 1;
      setDraftState(next);
      setState((current) => (current.kind === "saving" ? current : { kind: "dirty" }));
      schedule();
    },
    [schedule],
  );

  const flush = useCallback(() => void save(), [save]);
  const hasUnsaved = () => changeRef.current !== savedChangeRef.current;

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (blockedRef.current || !hasUnsaved()) return;
      event.preventDefault();
      void save();
    };
    const onHidden = () => {
      if (document.visibilityState === "hidden") void save();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("visibilitychange", onHidden);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("visibilitychange", onHidden);
      if (timerRef.current) clearTimeout(timerRef.current);
    };
  }, [save]);

  /** Reloading after a refusal discards this copy on purpose: no unsaved-changes warning. */
  const reloadLatest = useCallback(() => {
    blockedRef.current = true;
    savedChangeRef.current = changeRef.current;
    window.location.reload();
  }, []);

  return { draft, setDraft, state, flush, reloadLatest };
}
