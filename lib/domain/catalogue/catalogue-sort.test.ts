import { describe, expect, test } from "vitest";
import { effectiveSort, sortChoices, type CatalogueSort } from "./catalogue-sort";

describe("effectiveSort", () => {
  test.each<[CatalogueSort | undefined, boolean, CatalogueSort]>([
    [undefined, true, "relevance"],
    [undefined, false, "newest"],
    ["relevance", false, "newest"],
    ["relevance", true, "relevance"],
    ["rating", true, "rating"],
    ["duration", false, "duration"],
    ["popular", false, "popular"],
  ])("%s with query=%s → %s", (requested, hasQuery, expected) => {
    expect(effectiveSort(requested, hasQuery)).toBe(expected);
  });

  test("best match is offered only with a query", () => {
    expect(sortChoices(true)).toContain("relevance");
    expect(sortChoices(false)).not.toContain("relevance");
  });
});
