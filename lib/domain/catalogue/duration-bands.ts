// Duration filter bands. Bounds are whole minutes, both inclusive, so every course length falls
// in exactly one band and the SQL filter and the labels cannot disagree at the edges (60 min is
// "30 min – 1 h", 180 min is "1–3 h"). The labels are messages (catalogue.durationBands), keyed by id.

export const DURATION_BAND_IDS = ["under-30m", "30-60m", "1-3h", "over-3h"] as const;
export type DurationBandId = (typeof DURATION_BAND_IDS)[number];

export type DurationBand = {
  id: DurationBandId;
  minMinutes: number | null;
  maxMinutes: number | null;
};

export const DURATION_BANDS: readonly DurationBand[] = [
  { id: "under-30m", minMinutes: null, maxMinutes: 29 },
  { id: "30-60m", minMinutes: 30, maxMinutes: 60 },
  { id: "1-3h", minMinutes: 61, maxMinutes: 180 },
  { id: "over-3h", minMinutes: 181, maxMinutes: null },
];

export function durationBand(id: DurationBandId): DurationBand {
  const band = DURATION_BANDS.find((candidate) => candidate.id === id);
  if (!band) throw new Error(`Unknown duration band ${id}`);
  return band;
}

export function durationBandOf(minutes: number): DurationBandId {
  const band = DURATION_BANDS.find(
    (candidate) =>
      (candidate.minMinutes === null || minutes >= candidate.minMinutes) &&
      (candidate.maxMinutes === null || minutes <= candidate.maxMinutes),
  );
  // Only negative or fractional input misses every band; treat it as the shortest.
  return band?.id ?? "under-30m";
}
