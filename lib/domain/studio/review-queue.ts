// The reviewer's queue as pure rules: filters from the URL, counts per filter value, oldest
// first, and how long each review has waited.

import { REVIEW_STAGES, type ReviewStageName } from "@/lib/domain/studio/review-routing";

export type QueueItem = {
  reviewId: string;
  stage: ReviewStageName;
  area: string | null;
  organisation: { id: string; name: string } | null;
  provider: { id: string; name: string };
  /** When this stage started waiting. */
  waitingSince: Date;
};

export type QueueFilters = { stage: ReviewStageName | null; area: string | null; organisationId: string | null; providerId: string | null };

export const NO_QUEUE_FILTERS: QueueFilters = { stage: null, area: null, organisationId: null, providerId: null };

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || null;

/** Filters from the URL; anything unrecognised is ignored rather than refused. */
export function parseQueueFilters(params: SearchParams): QueueFilters {
  const stage = first(params.stage);
  return {
    stage: REVIEW_STAGES.find((candidate) => candidate === stage) ?? null,
    area: first(params.area),
    organisationId: first(params.organisation),
    providerId: first(params.provider),
  };
}

export function queueFilterParams(filters: QueueFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.stage) params.set("stage", filters.stage);
  if (filters.area) params.set("area", filters.area);
  if (filters.organisationId) params.set("organisation", filters.organisationId);
  if (filters.providerId) params.set("provider", filters.providerId);
  return params;
}

export function matchesQueueFilters(item: QueueItem, filters: QueueFilters): boolean {
  return (
    (filters.stage === null || item.stage === filters.stage) &&
    (filters.area === null || item.area === filters.area) &&
    (filters.organisationId === null || item.organisation?.id === filters.organisationId) &&
    (filters.providerId === null || item.provider.id === filters.providerId)
  );
}

/** Oldest first: the review that has waited longest is at the top. */
export function sortQueue<T extends QueueItem>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.waitingSince.getTime() - b.waitingSince.getTime() || a.reviewId.localeCompare(b.reviewId));
}

export type FacetCount = { value: string; label: string; count: number };

export type QueueFacets = { stage: FacetCount[]; area: FacetCount[]; organisation: FacetCount[]; provider: FacetCount[] };

/**
 * Counts per value of each filter over the whole queue (not the filtered view), so every option
 * shows how many reviews choosing it would list; values sorted by label.
 */
export function queueFacets(items: readonly QueueItem[], stageLabel: (stage: ReviewStageName) => string): QueueFacets {
  const tally = (pick: (item: QueueItem) => { value: string; label: string } | null): FacetCount[] => {
    const counts = new Map<string, FacetCount>();
    for (const item of items) {
      const picked = pick(item);
      if (!picked) continue;
      const existing = counts.get(picked.value);
      if (existing) existing.count += 1;
      else counts.set(picked.value, { ...picked, count: 1 });
    }
    return [...counts.values()].sort((a, b) => a.label.localeCompare(b.label, "en"));
  };
  return {
    stage: tally((item) => ({ value: item.stage, label: stageLabel(item.stage) })),
    area: tally((item) => (item.area ? { value: item.area, label: item.area } : null)),
    organisation: tally((item) => (item.organisation ? { value: item.organisation.id, label: item.organisation.name } : null)),
    provider: tally((item) => ({ value: item.provider.id, label: item.provider.name })),
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** "waiting 3 days"; under a day reads "waiting since today". */
export function waitingLabel(since: Date, now: Date): string {
  const days = Math.floor((now.getTime() - since.getTime()) / DAY_MS);
  if (days < 1) return "waiting since today";
  return `waiting ${days} ${days === 1 ? "day" : "days"}`;
}
