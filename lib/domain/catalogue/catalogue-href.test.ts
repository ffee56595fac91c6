import { describe, expect, test } from "vitest";
import { activeFilterKeys, catalogueHref, cataloguePageHref, withoutFilterHref } from "./catalogue-href";
import { parseCatalogueQuery, type CatalogueQuery } from "./catalogue-query.schema";

describe("catalogueHref", () => {
  test.each<[CatalogueQuery, string]>([
    [{ page: 1 }, "/learn/catalogue"],
    [{ q: "rti act", page: 1 }, "/learn/catalogue?q=rti+act"],
    [{ q: "rti", page: 3 }, "/learn/catalogue?q=rti&page=3"],
    [{ provider: "NIFM", mode: "ONLINE", sort: "newest", page: 1 }, "/learn/catalogue?provider=NIFM&mode=ONLINE&sort=newest"],
    [{ competencyType: "DOMAIN", language: "HI", duration: "over-3h", page: 2 }, "/learn/catalogue?type=DOMAIN&lang=HI&duration=over-3h&page=2"],
    [{ q: "a&b=c", page: 1 }, "/learn/catalogue?q=a%26b%3Dc"],
  ])("%j → %s", (query, href) => {
    expect(catalogueHref(query)).toBe(href);
  });

  test.each([
    "/learn/catalogue?q=rti&competency=BEH-INTEGRITY&type=BEHAVIOURAL&provider=NIFM&mode=BLENDED&lang=EN&duration=30-60m&sort=rating&page=4",
    "/learn/catalogue?q=%E0%A4%B8%E0%A5%82%E0%A4%9A%E0%A4%A8%E0%A4%BE",
  ])("round-trips %s", (href) => {
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(catalogueHref(parseCatalogueQuery(params))).toBe(href);
  });
});

describe("links from a search", () => {
  const query: CatalogueQuery = { q: "rti", provider: "NIFM", mode: "ONLINE", page: 3 };

  test("another page keeps the search", () => {
    expect(cataloguePageHref(query, 4)).toBe("/learn/catalogue?q=rti&provider=NIFM&mode=ONLINE&page=4");
  });

  test.each([
    ["provider", "/learn/catalogue?q=rti&mode=ONLINE"],
    ["mode", "/learn/catalogue?q=rti&provider=NIFM"],
  ] as const)("removing %s goes back to page 1", (key, href) => {
    expect(withoutFilterHref(query, key)).toBe(href);
  });

  test("active filters exclude the search, sort and page", () => {
    expect(activeFilterKeys({ ...query, sort: "rating" })).toEqual(["provider", "mode"]);
  });
});
