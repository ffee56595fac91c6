import sanitizeHtml from "sanitize-html";

// Authors write Markdown; raw HTML in it is never wanted (rendering escapes it anyway, through
// markdown-it with html: false and a sanitiser). Stripping it on save keeps the stored document
// honest for every later reader: the preview, the reviewer, the publish step, an export.
const STRIP_ALL: sanitizeHtml.IOptions = { allowedTags: [], allowedAttributes: {}, disallowedTagsMode: "discard" };

// sanitize-html escapes the text it keeps; Markdown needs its own characters back (`>` quotes,
// `&`, `<` in "a < b").
const unescape = (value: string) =>
  value.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, "&");

/**
 * Markdown with every HTML tag, comment and script removed and the rest as written. Repeated
 * until nothing changes, so an escaped tag (`&lt;script&gt;`) cannot come back as a raw one.
 */
export function stripMarkdownHtml(markdown: string): string {
  let current = markdown;
  for (let pass = 0; pass < 5; pass += 1) {
    const next = unescape(sanitizeHtml(current, STRIP_ALL));
    if (next === current) return next;
    current = next;
  }
  return current;
}
