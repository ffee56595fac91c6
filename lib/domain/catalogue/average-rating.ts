// Ratings are stored as a running sum and count (Course.ratingSum / ratingCount) so the catalogue
// can sort without aggregating; this turns them into the one-decimal figure learners see.
export function averageRating(sum: number, count: number): number | null {
  if (count <= 0) return null;
  return Math.round((sum / count) * 10) / 10;
}
