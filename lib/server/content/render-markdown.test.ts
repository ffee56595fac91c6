import { describe, expect, test } from "vitest";
import { renderMarkdown } from "./render-markdown";

describe("renderMarkdown", () => {
  test.each([
    ["raw HTML is escaped, not run", "<script>alert(1)</script>", "&lt;script&gt;"],
    ["event handlers never survive", '<img src=x onerror="alert(1)">', "&lt;img"],
    ["javascript: links lose their target", "[click](javascript:alert(1))", "[click](javascript:alert(1))"],
    ["outside links open in a new tab without an opener", "[RTI](https://rti.gov.in)", '<a href="https://rti.gov.in" target="_blank" rel="noopener noreferrer">RTI</a>'],
    ["headings and lists render", "# Title\n\n- one", "<h1>Title</h1>"],
    ["images load lazily", "![Chart](https://example.gov.in/c.png)", 'loading="lazy"'],
  ])("%s", (_label, source, expected) => {
    expect(renderMarkdown(source)).toContain(expected);
  });

  test("no script, handler or javascript: URL comes out of hostile input", () => {
    const html = renderMarkdown('<a href="javascript:x">a</a> [b](javascript:alert(1)) <iframe src="//evil"></iframe> ![x](data:text/html,hi)');
    // Escaped text such as "&lt;a href=…" is harmless; only real tags and attributes matter.
    expect(html).not.toMatch(/<script|<iframe|<a [^>]*href="javascript:|<img [^>]*src="data:/i);
  });
});
