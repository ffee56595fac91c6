import { describe, expect, test } from "vitest";
import { MAX_QUERY_LENGTH, parseCatalogueQuery, type CatalogueQuery, type RawSearchParams } from "./catalogue-query.schema";

describe("parseCatalogueQuery", () => {
  test.each<[string, RawSearchParams, CatalogueQuery]>([
    ["nothing", {}, { page: 1 }],
    ["a search", { q: "rti act" }, { q: "rti act", page: 1 }],
    ["whitespace collapses", { q: "  rti \t  act \n" }, { q: "rti act", page: 1 }],
    ["blank search dropped", { q: "   " }, { page: 1 }],
    ["control characters removed", { q: "rti\u0000act" }, { q: "rti act", page: 1 }],
    ["first of repeated values", { q: ["one", "two"], page: ["3", "4"] }, { q: "one", page: 3 }],
    [
      "every filter",
      { competency: "BEH-INTEGRITY", type: "FUNCTIONAL", provider: "NIFM", mode: "BLENDED", lang: "HI", duration: "1-3h", sort: "rating", page: "2" },
      { competency: "BEH-INTEGRITY", competencyType: "FUNCTIONAL", provider: "NIFM", mode: "BLENDED", language: "HI", duration: "1-3h", sort: "rating", page: 2 },
    ],
    ["empty form fields", { competency: "", type: "", provider: "", mode: "", lang: "", duration: "", sort: "" }, { page: 1 }],
    ["unknown enum values dropped", { mode: "ONLINE'; DROP TABLE", lang: "FR", type: "x", duration: "forever", sort: "price" }, { page: 1 }],
    ["codes with odd characters dropped", { competency: "A B", provider: "x'--" }, { page: 1 }],
    ["page zero", { page: "0" }, { page: 1 }],
    ["negative page", { page: "-1" }, { page: 1 }],
    ["fractional page", { page: "1.5" }, { page: 1 }],
    ["huge page", { page: "999999" }, { page: 1 }],
    ["unknown keys ignored", { foo: "bar", q: "x" }, { q: "x", page: 1 }],
  ])("%s", (_name, params, expected) => {
    expect(parseCatalogueQuery(params)).toEqual(expected);
  });

  test("search text is cut to the maximum length", () => {
    const query = parseCatalogueQuery({ q: "a".repeat(MAX_QUERY_LENGTH + 50) });
    expect(query.q).toHaveLength(MAX_QUERY_LENGTH);
  });

  test("SQL-looking text is kept as text (it is bound as a parameter, never spliced)", () => {
    expect(parseCatalogueQuery({ q: "'; DROP TABLE \"Course\"; --" }).q).toBe("'; DROP TABLE \"Course\"; --");
  });
});
