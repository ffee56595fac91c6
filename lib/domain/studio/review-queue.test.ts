import { describe, expect, test } from "vitest";
import {
  NO_QUEUE_FILTERS,
  matchesQueueFilters,
  parseQueueFilters,
  queueFacets,
  queueFilterParams,
  sortQueue,
  waitingLabel,
  type QueueItem,
} from "@/lib/domain/studio/review-queue";
import { REVIEW_STAGE_LABELS } from "@/lib/domain/studio/review-routing";

const item = (reviewId: string, overrides: Partial<QueueItem> = {}): QueueItem => ({
  reviewId,
  stage: "SUBJECT_EXPERT",
  area: "Finance",
  organisation: { id: "org-a", name: "Ministry A" },
  provider: { id: "prov-1", name: "Institute One" },
  waitingSince: new Date("2026-11-20T10:00:00Z"),
  ...overrides,
});

describe("parseQueueFilters", () => {
  test("reads every filter and ignores an unknown stage", () => {
    expect(parseQueueFilters({ stage: "SUBJECT_EXPERT", area: "Finance", organisation: "o", provider: "p" })).toEqual({
      stage: "SUBJECT_EXPERT",
      area: "Finance",
      organisationId: "o",
      providerId: "p",
    });
    expect(parseQueueFilters({ stage: "PUBLISH_NOW", area: ["", "x"] })).toEqual(NO_QUEUE_FILTERS);
  });

  test("round-trips through the URL", () => {
    const filters = { stage: "MDO_APPROVAL" as const, area: "Digital governance", organisationId: "o", providerId: null };
    expect(parseQueueFilters(Object.fromEntries(queueFilterParams(filters)))).toEqual(filters);
  });
});

describe("matchesQueueFilters", () => {
  test.each<[string, Partial<QueueItem>, boolean]>([
    ["everything matches", {}, true],
    ["another stage", { stage: "MDO_APPROVAL" }, false],
    ["another area", { area: "Ethics" }, false],
    ["no area", { area: null }, false],
    ["another organisation", { organisation: { id: "org-b", name: "B" } }, false],
    ["another provider", { provider: { id: "prov-2", name: "Two" } }, false],
  ])("%s", (_name, overrides, expected) => {
    expect(matchesQueueFilters(item("r", overrides), { stage: "SUBJECT_EXPERT", area: "Finance", organisationId: "org-a", providerId: "prov-1" })).toBe(expected);
  });

  test("no filters match all", () => {
    expect(matchesQueueFilters(item("r", { area: null, organisation: null }), NO_QUEUE_FILTERS)).toBe(true);
  });
});

test("sortQueue puts the longest-waiting first", () => {
  const sorted = sortQueue([
    item("new", { waitingSince: new Date("2026-11-29T00:00:00Z") }),
    item("old", { waitingSince: new Date("2026-11-01T00:00:00Z") }),
    item("mid", { waitingSince: new Date("2026-11-15T00:00:00Z") }),
  ]);
  expect(sorted.map((entry) => entry.reviewId)).toEqual(["old", "mid", "new"]);
});

test("queueFacets counts each value over the whole queue", () => {
  const facets = queueFacets(
    [item("1"), item("2", { stage: "MDO_APPROVAL", area: null }), item("3", { provider: { id: "prov-2", name: "Another" } })],
    (stage) => REVIEW_STAGE_LABELS[stage],
  );
  expect(facets.stage).toEqual([
    { value: "MDO_APPROVAL", label: "MDO approval", count: 1 },
    { value: "SUBJECT_EXPERT", label: "Subject-expert review", count: 2 },
  ]);
  expect(facets.area).toEqual([{ value: "Finance", label: "Finance", count: 2 }]);
  expect(facets.provider.map((facet) => [facet.label, facet.count])).toEqual([
    ["Another", 1],
    ["Institute One", 2],
  ]);
});

test.each<[string, string, string]>([
  ["2026-11-30T09:00:00Z", "2026-11-30T10:00:00Z", "waiting since today"],
  ["2026-11-29T09:00:00Z", "2026-11-30T10:00:00Z", "waiting 1 day"],
  ["2026-11-27T09:00:00Z", "2026-11-30T10:00:00Z", "waiting 3 days"],
])("waitingLabel(%s, %s) is %s", (since, now, expected) => {
  expect(waitingLabel(new Date(since), new Date(now))).toBe(expected);
});
