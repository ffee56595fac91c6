import { expect, test } from "vitest";
import { slugStem, uniqueSlug } from "./course-slug";

test.each<[string, string]>([
  ["Noting & Drafting: the Basics", "noting-drafting-the-basics"],
  ["  RTI  Act, 2005 ", "rti-act-2005"],
  ["Café Résumé", "cafe-resume"],
  ["प्रशासन", "course"],
  ["", "course"],
  ["a".repeat(70), "a".repeat(60)],
])("slugStem(%j) = %j", (title, expected) => {
  expect(slugStem(title)).toBe(expected);
});

test.each<[string[], string]>([
  [[], "rti"],
  [["rti"], "rti-2"],
  [["rti", "rti-2", "rti-3"], "rti-4"],
  [["rti", "rti-3"], "rti-2"],
])("uniqueSlug with %j taken", (taken, expected) => {
  expect(uniqueSlug("rti", taken)).toBe(expected);
});
