"use client";

import type { SaveState } from "./use-autosave";

const TIME = new Intl.DateTimeFormat("en-IN", { hour: "2-digit", minute: "2-digit", hour12: false, timeZone: "Asia/Kolkata" });

/** "Saving…", "Saved 10:42", "Not saved — …": announced politely as it changes. */
export function SaveStatus({ state }: { state: SaveState }) {
  const text =
    state.kind === "saving"
      ? "Saving…"
      : state.kind === "saved"
        ? `Saved ${TIME.format(state.savedAt)}`
        : state.kind === "dirty"
          ? "Unsaved changes"
          : state.kind === "failed"
            ? `Not saved — ${state.message}`
            : "Not saved";
  const tone = state.kind === "failed" || state.kind === "blocked" ? "text-red-800" : state.kind === "saved" ? "text-green-800" : "text-slate-700";
  return (
    <p role="status" data-testid="save-status" className={`text-sm font-semibold ${tone}`}>
      {text}
    </p>
  );
}
