import "server-only";
import MarkdownIt from "markdown-it";
import sanitizeHtml from "sanitize-html";

// Lesson bodies are written by content providers, not by us: treat them as untrusted.
// Two independent layers, so a flaw in one is not enough:
// 1. markdown-it with `html: false` escapes any raw HTML in the source instead of passing it on,
//    and its link validator drops javascript:, vbscript:, file: and most data: URLs.
// 2. sanitize-html then keeps only the tags and attributes Markdown itself produces, only
//    http(s)/mailto links, and forces outside links to open in a new tab without an opener.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

const ALLOWED_TAGS = [
  "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "blockquote",
  "ul", "ol", "li", "strong", "em", "s", "del", "code", "pre", "a", "img",
  "table", "thead", "tbody", "tr", "th", "td",
];

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    a: ["href", "title", "target", "rel"],
    img: ["src", "alt", "title", "loading"],
    ol: ["start"],
    th: ["style"],
    td: ["style"],
  },
  // Table alignment is the only inline style markdown-it writes.
  allowedStyles: { th: { "text-align": [/^(left|right|center)$/] }, td: { "text-align": [/^(left|right|center)$/] } },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowProtocolRelative: false,
  transformTags: {
    a: (tagName, attribs) => {
      const isOutside = /^https?:\/\//i.test(attribs.href ?? "");
      return {
        tagName,
        attribs: isOutside ? { ...attribs, target: "_blank", rel: "noopener noreferrer" } : { ...attribs },
      };
    },
    // Images load lazily: officials on slow links should get the text first.
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: "lazy" } }),
  },
};

/** Markdown → HTML that is safe to put in dangerouslySetInnerHTML. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), SANITIZE_OPTIONS);
}
