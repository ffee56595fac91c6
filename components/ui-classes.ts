// Tailwind class names for the controls every area shares, so a button or a field looks and
// behaves alike on every page: 44 px touch targets, one disabled look.
export const PRIMARY_BUTTON =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md bg-navy-800 px-4 text-sm font-semibold text-white hover:bg-navy-700 disabled:cursor-not-allowed disabled:opacity-60";
export const SECONDARY_BUTTON =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold text-navy-800 hover:bg-navy-50 disabled:cursor-not-allowed disabled:opacity-60";
export const SMALL_BUTTON =
  "inline-flex min-h-11 min-w-11 items-center justify-center gap-1 rounded-md border border-slate-300 bg-white px-2 text-sm font-semibold text-navy-800 hover:bg-navy-50 disabled:cursor-not-allowed disabled:opacity-50";
export const DANGER_BUTTON =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md border border-red-700 bg-white px-4 text-sm font-semibold text-red-800 hover:bg-red-50 disabled:cursor-not-allowed disabled:opacity-60";
export const CONTROL =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 text-base text-slate-900 aria-invalid:border-red-700 disabled:bg-slate-100 disabled:text-slate-600";
export const LABEL = "block text-sm font-semibold text-slate-800";
export const HINT = "mt-1 text-sm text-slate-600";
export const FIELD_ERROR = "mt-1 text-sm font-semibold text-red-800";
export const TEXT_LINK = "font-semibold text-navy-700 underline underline-offset-2 hover:text-navy-900";
