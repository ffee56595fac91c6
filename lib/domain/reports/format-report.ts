// Numbers as the reports print them.

const ONE_DECIMAL = new Intl.NumberFormat("en-IN", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const HOURS = new Intl.NumberFormat("en-IN", { maximumFractionDigits: 0 });

/** A 0–1 share as a whole percent, never claiming 100 % or 0 % when that is not exactly so. */
export function formatShare(share: number): string {
  if (!Number.isFinite(share) || share <= 0) return "0%";
  if (share >= 1) return "100%";
  return `${Math.min(99, Math.max(1, Math.round(share * 100)))}%`;
}

/** A mean gap in levels, one decimal: "1.5". */
export function formatLevels(value: number): string {
  return ONE_DECIMAL.format(Number.isFinite(value) ? value : 0);
}

/** Learning time as whole hours in Indian grouping: "12,345 h". */
export function formatHours(seconds: number): string {
  return `${HOURS.format(Math.round(seconds / 3600))} h`;
}

/** Heat of a mean gap for the heatmap: 0 (none) … 4 (two levels or more). */
export function gapHeat(meanGap: number): 0 | 1 | 2 | 3 | 4 {
  if (meanGap <= 0) return 0;
  if (meanGap < 0.5) return 1;
  if (meanGap < 1) return 2;
  if (meanGap < 2) return 3;
  return 4;
}
