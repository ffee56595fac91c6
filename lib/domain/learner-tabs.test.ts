import { describe, expect, test } from "vitest";
import { learnerTabHref, parseLearnerTab } from "./learner-tabs";

describe("parseLearnerTab", () => {
  test.each<[string | string[] | undefined, string]>([
    [undefined, "in-progress"],
    ["", "in-progress"],
    ["assigned", "assigned"],
    ["completed", "completed"],
    ["in-progress", "in-progress"],
    ["Completed", "in-progress"],
    ["<script>", "in-progress"],
    [["completed", "assigned"], "completed"],
  ])("%j → %s", (raw, expected) => {
    expect(parseLearnerTab(raw)).toBe(expected);
  });
});

describe("learnerTabHref", () => {
  test.each([
    ["in-progress", "/learn"],
    ["assigned", "/learn?tab=assigned"],
    ["completed", "/learn?tab=completed"],
  ] as const)("%s → %s", (tab, href) => {
    expect(learnerTabHref(tab)).toBe(href);
  });
});
