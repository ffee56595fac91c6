// One official's learning over the history window. Each official has a propensity to learn in a
// given week (most rarely do, a few nearly always); in an active week they learn on a day or
// three, finishing a lesson or several a day in the courses they are enrolled in, enrolling in a
// new one (popular or matching their post) when they run out. Every credited second belongs to a
// lesson, so a day's learning time is exactly the lesson time finished (or left part-way) that
// IST day: LearningTimeDaily follows LessonProgress as the app's own crediting does.
import type { EnrolmentStatus, LessonType } from "../../generated/prisma/client";
import { DAY_MS, istDayOf, istInstant, weekdayOf, type HistoryWindow } from "./calendar";
import type { CourseChooser } from "./course-chooser";
import type { Random } from "./rng";
import { geometric } from "./samplers";

export type HistoryCourse = {
  lessonSeconds: readonly number[];
  lessonTypes: readonly LessonType[];
  /** Whether the course builds at least one competency (its time counts for the Learning Week). */
  isLinked: boolean;
};

export type HistoryOfficial = {
  /** [competency, required level] of the official's post. */
  requirements: readonly (readonly [number, number])[];
  hasSupervisor: boolean;
  /** Learns at all: active, and not the platform's administrator. */
  isLearner: boolean;
  /** Demo learners: busy, with courses finished and one in progress at the end. */
  isShowcase: boolean;
};

export type LessonActivity = {
  /** Position of the lesson in the course (0-based, across modules). */
  lesson: number;
  status: "COMPLETED" | "IN_PROGRESS";
  seconds: number;
  startedAt: number;
  completedAt: number | null;
  updatedAt: number;
};

export type EnrolmentHistory = {
  course: number;
  status: EnrolmentStatus;
  source: "SELF" | "ASSIGNED";
  enrolledAt: number;
  dueAt: number | null;
  startedAt: number | null;
  completedAt: number | null;
  lastAccessedAt: number | null;
  lessons: LessonActivity[];
  rating: { rating: number; review: string | null; at: number } | null;
};

export type OfficialHistory = {
  enrolments: EnrolmentHistory[];
  endorsements: { competency: number; level: number; at: number; revokedAt: number | null }[];
  selfRatings: { competency: number; level: number; at: number; isReviewed: boolean }[];
  /** Validated seconds per IST day, in day order. */
  days: { day: number; seconds: number; linked: number }[];
  lastActiveAt: number | null;
};

/** Weekly activity chance = uniform^this: mean 0.23, a long tail of keen learners. */
export const PROPENSITY_EXPONENT = 3.4;
/** Chance, times the propensity, that an active week is a binge (what reaches the 4-hour target). */
export const BINGE_CHANCE = 0.015;
const MAX_OPEN = 3;
const LAST_START_SECONDS = 23 * 3600;
const REVIEWS = ["Clear and practical.", "Useful examples from the field.", "Good refresher.", "Too long in places.", "Exactly what my post needs."];

function spentSeconds(duration: number, type: LessonType, rng: Random): number {
  if (type === "VIDEO") return duration + rng.int(0, 6);
  const [low, high] = type === "LINK" ? [0.3, 0.9] : type === "PDF" ? [0.5, 1] : [0.6, 1];
  return Math.max(20, Math.round(duration * (low + rng.next() * (high - low))));
}

export function planHistory(official: HistoryOfficial, courses: readonly HistoryCourse[], chooser: CourseChooser, window: HistoryWindow, rng: Random): OfficialHistory {
  const history: OfficialHistory = { enrolments: [], endorsements: [], selfRatings: [], days: [], lastActiveAt: null };
  if (!official.isLearner) return history;
  const propensity = official.isShowcase ? 0.85 : Math.pow(rng.next(), PROPENSITY_EXPONENT);
  const enrolled = new Set<number>();
  const open: { enrolment: EnrolmentHistory; next: number }[] = [];
  const dayTotals = new Map<number, { day: number; seconds: number; linked: number }>();

  const chooseCourse = (): number | null => {
    for (let attempt = 0; attempt < 8; attempt++) {
      let course: number;
      if (official.requirements.length > 0 && rng.chance(0.45)) {
        const [competency] = rng.pick(official.requirements);
        course = chooser.forCompetency(competency, rng.next()) ?? chooser.popular(rng.next());
      } else course = chooser.popular(rng.next());
      if (!enrolled.has(course)) {
        enrolled.add(course);
        return course;
      }
    }
    return null;
  };
  const enrol = (at: number): EnrolmentHistory | null => {
    const course = chooseCourse();
    if (course === null) return null;
    const isAssigned = official.hasSupervisor && rng.chance(0.15);
    const enrolment: EnrolmentHistory = {
      course, status: "ENROLLED", source: isAssigned ? "ASSIGNED" : "SELF", enrolledAt: at, dueAt: isAssigned ? at + 60 * DAY_MS : null,
      startedAt: null, completedAt: null, lastAccessedAt: null, lessons: [], rating: null,
    };
    history.enrolments.push(enrolment);
    return enrolment;
  };
  const credit = (day: number, seconds: number, isLinked: boolean) => {
    let total = dayTotals.get(day);
    if (!total) dayTotals.set(day, (total = { day, seconds: 0, linked: 0 }));
    total.seconds += seconds;
    if (isLinked) total.linked += seconds;
  };

  const session = (day: number, slots: number, forceNew: boolean) => {
    let t = istInstant(day, rng.int(9 * 3600, 20 * 3600));
    if (forceNew || open.length === 0 || (open.length < MAX_OPEN && rng.chance(0.12))) {
      const enrolment = enrol(t - rng.int(60, 3600) * 1000);
      if (enrolment) open.push({ enrolment, next: 0 });
      // Some enrol in a second course at the same time and never start it.
      if (!forceNew && rng.chance(0.08)) enrol(t - rng.int(60, 3600) * 1000);
    }
    const dayEnd = istInstant(day, LAST_START_SECONDS);
    for (let slot = 0; slot < slots && t < dayEnd; slot++) {
      if (open.length === 0) {
        const enrolment = enrol(t);
        if (!enrolment) break;
        open.push({ enrolment, next: 0 });
      }
      const which = open.length > 1 && rng.chance(0.2) ? rng.int(1, open.length - 1) : 0;
      const current = open[which] as { enrolment: EnrolmentHistory; next: number };
      const { enrolment } = current;
      const course = courses[enrolment.course] as HistoryCourse;
      const seconds = spentSeconds(course.lessonSeconds[current.next] ?? 60, course.lessonTypes[current.next] ?? "TEXT", rng);
      const startedAt = t;
      const completedAt = startedAt + seconds * 1000;
      enrolment.lessons.push({ lesson: current.next, status: "COMPLETED", seconds, startedAt, completedAt, updatedAt: completedAt });
      enrolment.startedAt ??= startedAt;
      enrolment.status = "IN_PROGRESS";
      enrolment.lastAccessedAt = completedAt;
      credit(day, seconds, course.isLinked);
      current.next++;
      t = completedAt + rng.int(0, 300) * 1000;
      history.lastActiveAt = completedAt;
      if (current.next >= course.lessonSeconds.length) {
        enrolment.status = "COMPLETED";
        enrolment.completedAt = completedAt;
        if (rng.chance(0.3)) {
          enrolment.rating = {
            rating: rng.weighted([[5, 44], [4, 38], [3, 12], [2, 4], [1, 2]] as const),
            review: rng.chance(0.15) ? rng.pick(REVIEWS) : null,
            at: completedAt + rng.int(1, 120) * 60_000,
          };
        }
        open.splice(which, 1);
      }
    }
  };

  for (let week = 0; week < window.weeks; week++) {
    const monday = window.firstDay + 7 * week;
    const growth = window.weeks > 1 ? 0.75 + (0.5 * week) / (window.weeks - 1) : 1;
    if (rng.next() >= propensity * growth) continue;
    const candidates: (readonly [number, number])[] = [];
    for (let day = monday; day < monday + 7 && day <= window.lastDay; day++) candidates.push([day, weekdayOf(day) < 5 ? 3 : 1]);
    if (candidates.length === 0) continue;
    // Now and then a keen learner binges: most of the week, several lessons a day.
    const isBinge = rng.chance(BINGE_CHANCE * propensity);
    let dayCount = isBinge ? rng.int(3, 5) : 1 + (rng.chance(0.3 * propensity * propensity) ? 1 : 0) + (propensity > 0.8 && rng.chance(0.5) ? 1 : 0);
    const days: number[] = [];
    while (dayCount-- > 0 && candidates.length > 0) {
      const day = rng.weighted(candidates);
      days.push(day);
      candidates.splice(candidates.findIndex(([candidate]) => candidate === day), 1);
    }
    const extraLessonChance = isBinge ? 0.85 : 0.2 * propensity * propensity;
    for (const day of days.sort((a, b) => a - b)) session(day, 1 + Math.min(7, geometric(rng.next(), 1 - extraLessonChance)), false);
  }
  if (official.isShowcase && open.length === 0) session(window.lastDay, 1, true);

  const staleBefore = istInstant(window.lastDay - 35, 0);
  for (const { enrolment, next } of open) {
    if (!official.isShowcase && (enrolment.lastAccessedAt ?? 0) < staleBefore && rng.chance(0.35)) {
      enrolment.status = "WITHDRAWN";
      continue;
    }
    // Stopped part-way through the next lesson, the same evening.
    const course = courses[enrolment.course] as HistoryCourse;
    const last = enrolment.lastAccessedAt;
    if (last !== null && rng.chance(0.5)) {
      const seconds = Math.max(20, Math.floor((course.lessonSeconds[next] ?? 60) / 2));
      const updatedAt = last + seconds * 1000;
      if (istDayOf(updatedAt) === istDayOf(last)) {
        enrolment.lessons.push({ lesson: next, status: "IN_PROGRESS", seconds, startedAt: last, completedAt: null, updatedAt });
        enrolment.lastAccessedAt = updatedAt;
        credit(istDayOf(last), seconds, course.isLinked);
      }
    }
  }
  for (const enrolment of history.enrolments) if (enrolment.status === "ENROLLED" && rng.chance(0.2)) enrolment.status = "WITHDRAWN";
  if (history.enrolments.length === 0 && rng.chance(0.3)) enrol(istInstant(rng.int(window.firstDay, window.lastDay), rng.int(9 * 3600, 18 * 3600)));

  const someDay = () => istInstant(rng.int(window.firstDay, window.lastDay), 11 * 3600);
  if (official.hasSupervisor && official.requirements.length > 0 && rng.chance(0.15)) {
    const [competency, required] = rng.pick(official.requirements);
    const at = someDay();
    const revokedAt = rng.chance(0.03) && istDayOf(at + 14 * DAY_MS) <= window.lastDay ? at + 14 * DAY_MS : null;
    history.endorsements.push({ competency, level: Math.max(1, required - rng.int(0, 1)), at, revokedAt });
  }
  if (official.requirements.length > 0 && rng.chance(0.06)) {
    const [competency] = rng.pick(official.requirements);
    history.selfRatings.push({ competency, level: rng.int(1, 3), at: someDay(), isReviewed: official.hasSupervisor && rng.chance(0.3) });
  }
  history.days = [...dayTotals.values()].sort((a, b) => a.day - b.day);
  return history;
}
