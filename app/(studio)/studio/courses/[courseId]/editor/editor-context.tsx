"use client";

import { createContext, useContext } from "react";
import type { FieldErrors } from "@/lib/domain/action-result";

/** The DOM id of the control editing a draft path ("modules.0.lessons.2.title"), for labels and "fix this" links. */
export function fieldId(path: string): string {
  return `draft-${path.replace(/\./g, "-")}`;
}

type EditorContextValue = {
  isReadOnly: boolean;
  /** Errors the server returned for the last save, by draft path. */
  fieldErrors: FieldErrors;
};

export const EditorContext = createContext<EditorContextValue>({ isReadOnly: false, fieldErrors: {} });

export function useFieldError(path: string): string | undefined {
  return useContext(EditorContext).fieldErrors[path]?.[0];
}

export function useIsReadOnly(): boolean {
  return useContext(EditorContext).isReadOnly;
}
