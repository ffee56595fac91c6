import { expect, test } from "vitest";
import { descriptionWithoutSummary } from "./course-description";

// The learner's course page showed a studio-written description as raw Markdown ("## Who it is
// for", "**files**"); it is now rendered, and only a repeated summary is dropped from it.
test.each<[string, string, string, string]>([
  ["empty", "", "A summary.", ""],
  ["no repeat", "## Who it is for\n\nSection officers.", "A summary.", "## Who it is for\n\nSection officers."],
  ["opening repeat dropped", "A summary.\n\n**Scope.** The Act covers all.", "A summary.", "**Scope.** The Act covers all."],
  ["repeat with other line breaks", "A  short\nsummary.\r\n\r\nMore.", "A short summary.", "More."],
  ["repeat later is kept", "First.\n\nA summary.", "A summary.", "First.\n\nA summary."],
  ["only the summary", "A summary.", "A summary.", ""],
  ["empty summary drops nothing", "\n\nText.", "", "Text."],
])("%s", (_name, description, summary, expected) => {
  expect(descriptionWithoutSummary(description, summary)).toBe(expected);
});
