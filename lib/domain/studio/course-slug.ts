// A course's address in the catalogue (/learn/courses/<slug>): readable, stable once chosen, and
// unique. The title gives the stem; a number keeps it unique among the slugs already taken.

const MAX_STEM = 60;

/** "Noting & Drafting: the Basics" → "noting-drafting-the-basics"; "course" when nothing is left. */
export function slugStem(title: string): string {
  const stem = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_STEM)
    .replace(/-+$/g, "");
  return stem || "course";
}

/** The stem itself when free, else the stem with the smallest free number from 2 up. */
export function uniqueSlug(stem: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(stem)) return stem;
  for (let n = 2; ; n += 1) {
    const candidate = `${stem}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
