// A course description is Markdown, written in the studio's editor and rendered for learners by
// the same sanitising renderer the studio's preview uses (lib/server/content/render-markdown.ts),
// so what the author previews is what learners read.

/**
 * The description without an opening paragraph that only repeats the summary: many descriptions
 * start with it, and the course page already shows the summary under its heading.
 */
export function descriptionWithoutSummary(description: string, summary: string): string {
  const normalised = description.replace(/\r\n?/g, "\n").trim();
  const [first = "", ...rest] = normalised.split(/\n\s*\n/);
  const collapse = (text: string) => text.replace(/\s+/g, " ").trim();
  return collapse(summary) !== "" && collapse(first) === collapse(summary) ? rest.join("\n\n").trim() : normalised;
}
