// Leaderboard ranks use standard competition ranking ("1224"): officials with equal scores share a
// rank and the next rank skips, so a rank always equals 1 + the number of officials strictly ahead.
// That is what lets an official's own rank come from one COUNT of higher scores, far below the
// top 20, and still agree with the ranks printed on the board.

/** Ranks rows already sorted by score, highest first. Throws if they are not sorted: a wrong board is worse than none. */
export function rankByScore<T>(rows: readonly T[], score: (row: T) => number): (T & { rank: number })[] {
  let rank = 0;
  let previous = Number.POSITIVE_INFINITY;
  return rows.map((row, index) => {
    const value = score(row);
    if (value > previous) throw new RangeError("Leaderboard rows must be sorted by score, highest first.");
    if (value < previous) rank = index + 1;
    previous = value;
    return { ...row, rank };
  });
}

/** The rank of a score that `higherCount` officials beat. */
export function rankFromHigherCount(higherCount: number): number {
  return Math.max(0, Math.floor(higherCount)) + 1;
}
