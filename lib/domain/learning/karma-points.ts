// The one table of Karma Points. The server awards from it and the "How to earn Karma Points"
// page renders it, so the two can never disagree.
//
// Award each event once: COURSE_RATED on an official's first rating of a course (CourseRating is
// unique per official and course), SESSION_ATTENDED on a PRESENT mark, COURSE_COMPLETED when the
// enrolment first becomes COMPLETED.

export const KARMA_RULES = {
  COURSE_COMPLETED: {
    points: 100,
    label: { en: "Completing a course", hi: "पाठ्यक्रम पूरा करने पर" },
  },
  PLAN_COURSE_COMPLETED: {
    points: 50,
    label: {
      en: "Bonus for completing a course in your organisation's capacity building plan",
      hi: "अपने संगठन की क्षमता निर्माण योजना का पाठ्यक्रम पूरा करने पर बोनस",
    },
  },
  COURSE_RATED: {
    points: 10,
    label: { en: "Rating a course you completed", hi: "पूरे किए गए पाठ्यक्रम को रेटिंग देने पर" },
  },
  SESSION_ATTENDED: {
    points: 20,
    label: { en: "Attending a classroom or live session", hi: "कक्षा या लाइव सत्र में उपस्थित होने पर" },
  },
} as const satisfies Record<string, { points: number; label: { en: string; hi: string } }>;

export type KarmaEvent = keyof typeof KARMA_RULES;

export type KarmaRuleRow = { event: KarmaEvent; points: number; label: { en: string; hi: string } };

/** The table in display order, for the UI. */
export const KARMA_RULE_LIST: readonly KarmaRuleRow[] = (Object.keys(KARMA_RULES) as KarmaEvent[]).map((event) => ({
  event,
  points: KARMA_RULES[event].points,
  label: KARMA_RULES[event].label,
}));

/** A stored award's rule in the reader's language; null for a rule since retired (show the stored name). */
export function karmaRuleLabel(rule: string, locale: "en" | "hi"): string | null {
  return Object.hasOwn(KARMA_RULES, rule) ? KARMA_RULES[rule as KarmaEvent].label[locale] : null;
}

export function karmaFor(event: KarmaEvent): number {
  return KARMA_RULES[event].points;
}

export function totalKarma(events: readonly KarmaEvent[]): number {
  return events.reduce((sum, event) => sum + karmaFor(event), 0);
}

/** A plan course earns the completion points and the plan bonus on top, as two events. */
export function courseCompletionKarmaEvents(options: { isPlanCourse: boolean }): KarmaEvent[] {
  return options.isPlanCourse ? ["COURSE_COMPLETED", "PLAN_COURSE_COMPLETED"] : ["COURSE_COMPLETED"];
}
