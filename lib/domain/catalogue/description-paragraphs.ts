// Course descriptions are plain text with blank-line paragraphs, where a paragraph may open with
// a bold lead-in ("**Scope.** The Act covers…"). Parsing that small subset here lets the page
// render it as text nodes: provider-written content never reaches the page as HTML.

export type DescriptionParagraph = { lead: string | null; text: string };

const LEAD = /^\*\*(.+?)\*\*\s*/s;

export function descriptionParagraphs(description: string): DescriptionParagraph[] {
  return description
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, " ").trim())
    .filter((block) => block !== "")
    .map((block) => {
      const match = LEAD.exec(block);
      if (!match?.[1]) return { lead: null, text: block };
      return { lead: match[1].trim(), text: block.slice(match[0].length).trim() };
    });
}
