import { expect, test } from "vitest";
import { stripMarkdownHtml } from "./strip-markdown-html";

test.each<[string, string, string]>([
  ["plain Markdown stays as written", "# Title\n\n> a quote & more, a < b, 3 > 2\n\n- [link](https://x.gov.in) **bold**", "# Title\n\n> a quote & more, a < b, 3 > 2\n\n- [link](https://x.gov.in) **bold**"],
  ["a script goes with its content", "before<script>alert(1)</script>after", "beforeafter"],
  ["tags go, their text stays", "<b>bold</b> and <a href='javascript:x'>link</a>", "bold and link"],
  ["an event handler goes with its tag", "x <img src=x onerror=alert(1)> y", "x  y"],
  ["an escaped tag does not come back raw", "&lt;script&gt;alert(1)&lt;/script&gt;", ""],
  ["a comment goes", "a<!-- hidden -->b", "ab"],
])("%s", (_name, input, expected) => {
  expect(stripMarkdownHtml(input)).toBe(expected);
});

test("is idempotent", () => {
  const once = stripMarkdownHtml("<i>x</i> &amp;lt;b&amp;gt; & y");
  expect(stripMarkdownHtml(once)).toBe(once);
});
