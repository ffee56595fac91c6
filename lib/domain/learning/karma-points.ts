// The one table of Karma Points. The server awards from it and the "How to earn Karma Points"
// page renders it, so the two can never disagree.
//
// Award each event once: COURSE_RATED on an official's first rating of a course (CourseRating is
// unique per official and course), SESSION_ATTENDED on a PRESENT mark, COURSE_COMPLETED when the
// enrolment first becomes COMPLETED.
//
// Course completion follows iGOT Karmayogi's published rules:
// - every completed course earns COURSE_COMPLETED;
// - a course of the organisation's capacity-building plan earns PLAN_COURSE_COMPLETED on top;
// - a course that ends in an assessment (passed, or it would not be complete) earns
//   ASSESSED_COURSE_COMPLETED on top;
// - courses outside the plan earn points for at most NON_PLAN_COURSES_PER_MONTH completions per
//   calendar month (IST); later ones that month still complete and certify, with no points. Plan
//   courses are never capped: the cap discourages collecting points, not doing assigned work.

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
  ASSESSED_COURSE_COMPLETED: {
    points: 25,
    label: {
      en: "Bonus for completing a course that ends in an assessment",
      hi: "मूल्यांकन वाले पाठ्यक्रम को पूरा करने पर बोनस",
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

/** Completions of courses outside the plan that earn points in one calendar month (IST). */
export const NON_PLAN_COURSES_PER_MONTH = 4;

export type CourseCompletionKarmaInput = {
  isPlanCourse: boolean;
  hasAssessment: boolean;
  /** Courses outside the plan that already earned COURSE_COMPLETED this calendar month. */
  nonPlanCoursesAwardedThisMonth: number;
};

/** The events one course completion earns, per the rules above (each awarded as its own row). */
export function courseCompletionKarmaEvents(input: CourseCompletionKarmaInput): KarmaEvent[] {
  if (!input.isPlanCourse && input.nonPlanCoursesAwardedThisMonth >= NON_PLAN_COURSES_PER_MONTH) return [];
  const events: KarmaEvent[] = ["COURSE_COMPLETED"];
  if (input.isPlanCourse) events.push("PLAN_COURSE_COMPLETED");
  if (input.hasAssessment) events.push("ASSESSED_COURSE_COMPLETED");
  return events;
}

const MINUTE_MS = 60_000;
const IST_OFFSET_MINUTES = 5 * 60 + 30;

/** The instants bounding the IST calendar month of `instant`: the window the monthly cap counts. */
export function karmaMonthWindow(instant: Date): { gte: Date; lt: Date } {
  const local = new Date(instant.getTime() + IST_OFFSET_MINUTES * MINUTE_MS);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth();
  const start = Date.UTC(year, month, 1) - IST_OFFSET_MINUTES * MINUTE_MS;
  const end = Date.UTC(year, month + 1, 1) - IST_OFFSET_MINUTES * MINUTE_MS;
  return { gte: new Date(start), lt: new Date(end) };
}
