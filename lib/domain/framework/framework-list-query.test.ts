import { describe, expect, test } from "vitest";
import { listHref, parseCompetencyListQuery, parsePostListQuery } from "./framework-list-query";

describe("list queries from the URL", () => {
  test.each([
    [{}, { page: 1 }],
    [{ q: "  rti   act ", type: "domain", area: "Transparency", page: "3" }, { q: "rti act", type: "DOMAIN", area: "Transparency", page: 3 }],
    [{ type: "TECHNICAL", page: "-1", version: "bad code!" }, { page: 1 }],
    [{ q: ["first", "second"], version: "KCM-2025" }, { q: "first", version: "KCM-2025", page: 1 }],
    [{ q: "" }, { page: 1 }],
  ])("competencies %j → %j", (params, query) => {
    expect(parseCompetencyListQuery(params)).toEqual(query);
  });

  test("posts filter by organisation code", () => {
    expect(parsePostListQuery({ organisation: "DOPT", page: "2" })).toEqual({ organisation: "DOPT", page: 2 });
    expect(parsePostListQuery({ organisation: "<script>" })).toEqual({ page: 1 });
  });

  test("links carry only what is set", () => {
    expect(listHref("/framework/competencies", { q: "rti", type: undefined, page: 1 })).toBe("/framework/competencies?q=rti");
    expect(listHref("/framework/competencies", { type: "DOMAIN", page: 2 })).toBe("/framework/competencies?type=DOMAIN&page=2");
    expect(listHref("/framework/posts", {})).toBe("/framework/posts");
  });
});
