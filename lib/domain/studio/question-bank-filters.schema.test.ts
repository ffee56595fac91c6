import { describe, expect, test } from "vitest";
import { hasActiveFilters, parseQuestionBankFilters } from "./question-bank-filters.schema";

describe("parseQuestionBankFilters", () => {
  test("reads every filter", () => {
    const filters = parseQuestionBankFilters({ q: " note ", type: "MULTIPLE", competency: "none", level: "3", usage: "unused" });
    expect(filters).toEqual({ q: "note", type: "MULTIPLE", competency: "none", level: 3, usage: "unused" });
    expect(hasActiveFilters(filters)).toBe(true);
  });

  test.each([[{ type: "ESSAY" }], [{ level: "9" }], [{ competency: "not-an-id" }], [{ usage: "sometimes" }], [{ type: "", level: "" }]])(
    "ignores what it cannot read: %j",
    (params) => {
      expect(hasActiveFilters(parseQuestionBankFilters(params))).toBe(false);
    },
  );

  test("a repeated parameter takes its first value", () => {
    expect(parseQuestionBankFilters({ type: ["SINGLE", "MULTIPLE"] }).type).toBe("SINGLE");
  });
});
