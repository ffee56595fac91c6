import { expect, test } from "vitest";
import { descriptionParagraphs, type DescriptionParagraph } from "./description-paragraphs";

test.each<[string, string, DescriptionParagraph[]]>([
  ["empty", "", []],
  ["one paragraph", "Plain text.", [{ lead: null, text: "Plain text." }]],
  ["blank-line paragraphs", "One.\n\n\nTwo\nlines.", [{ lead: null, text: "One." }, { lead: null, text: "Two lines." }]],
  ["bold lead-in", "**Scope.** The Act covers all.", [{ lead: "Scope.", text: "The Act covers all." }]],
  ["bold elsewhere stays text", "See **this**.", [{ lead: null, text: "See **this**." }]],
  ["markup is not interpreted", "<script>alert(1)</script>", [{ lead: null, text: "<script>alert(1)</script>" }]],
  ["windows line ends", "A.\r\n\r\nB.", [{ lead: null, text: "A." }, { lead: null, text: "B." }]],
])("%s", (_name, input, expected) => {
  expect(descriptionParagraphs(input)).toEqual(expected);
});
