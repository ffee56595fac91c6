// Button-like link and button classes for the programme, request, batch and insight pages.
export const PRIMARY_LINK =
  "inline-flex min-h-11 items-center gap-2 rounded-md bg-navy-800 px-4 text-sm font-semibold text-white hover:bg-navy-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-navy-800";
export const SECONDARY_LINK =
  "inline-flex min-h-11 items-center gap-2 rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold text-navy-800 hover:bg-navy-50";
export const PRIMARY_BUTTON = `${PRIMARY_LINK} disabled:opacity-60`;
export const SECONDARY_BUTTON = `${SECONDARY_LINK} disabled:opacity-60`;
export const DANGER_BUTTON =
  "inline-flex min-h-11 items-center gap-2 rounded-md border border-red-700 bg-white px-4 text-sm font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60";
