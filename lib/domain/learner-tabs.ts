// The tabs of "My learning" live in the URL (?tab=), so they work without JavaScript, can be
// bookmarked, and the server loads only the list the official is looking at. Their labels are
// messages (home.tabs.<key>), so this module stays free of display text.

export const LEARNER_TABS = ["in-progress", "assigned", "completed"] as const;

export type LearnerTab = (typeof LEARNER_TABS)[number];

export const DEFAULT_LEARNER_TAB: LearnerTab = "in-progress";

/** Anything unknown (or repeated) falls back to the default tab rather than an error page. */
export function parseLearnerTab(raw: string | string[] | undefined): LearnerTab {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return LEARNER_TABS.find((tab) => tab === value) ?? DEFAULT_LEARNER_TAB;
}

/** The default tab keeps the plain URL, so "My learning" has one canonical address. */
export function learnerTabHref(tab: LearnerTab, basePath = "/learn"): string {
  return tab === DEFAULT_LEARNER_TAB ? basePath : `${basePath}?tab=${tab}`;
}
