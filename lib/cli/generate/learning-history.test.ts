import { describe, expect, test } from "vitest";
import { historyWindow, istDayOf, parseIsoDay, weekStartOf } from "./calendar";
import { createCourseChooser } from "./course-chooser";
import { type HistoryCourse, type HistoryOfficial, type OfficialHistory, planHistory } from "./learning-history";
import { createRng } from "./rng";

const window = historyWindow(parseIsoDay("2026-11-26"), 26);
const courses: (HistoryCourse & { isOnline: boolean; competencies: { competency: number }[] })[] = Array.from({ length: 400 }, (_, index) => ({
  lessonSeconds: Array.from({ length: 4 + (index % 5) }, (__, lesson) => 300 + ((index * 7 + lesson * 13) % 20) * 60),
  lessonTypes: Array.from({ length: 4 + (index % 5) }, (__, lesson) => (lesson % 4 === 1 ? "VIDEO" : lesson % 4 === 2 ? "PDF" : "TEXT")),
  isLinked: index % 10 !== 0,
  isOnline: index % 13 !== 0,
  competencies: index % 10 === 0 ? [] : [{ competency: index % 20 }],
}));
const chooser = createCourseChooser(courses, 1);
const official: HistoryOfficial = { requirements: [[3, 3], [7, 2]], hasSupervisor: true, isLearner: true, isShowcase: false };
const histories: OfficialHistory[] = Array.from({ length: 4000 }, (_, serial) => planHistory(official, courses, chooser, window, createRng("history", 1, serial)));

describe("planHistory", () => {
  test("the same stream gives the same history", () => {
    expect(planHistory(official, courses, chooser, window, createRng("history", 1, 7))).toEqual(histories[7]);
  });

  test("most officials are inactive in any given week; a fifth to a third learn", () => {
    for (let week = 4; week < window.weeks - 1; week++) {
      const monday = window.firstDay + 7 * week;
      const active = histories.filter((history) => history.days.some((day) => weekStartOf(day.day) === monday)).length / histories.length;
      expect(active).toBeGreaterThan(0.12);
      expect(active).toBeLessThan(0.38);
    }
  });

  test("activity is heavy-tailed: a few officials learn far more than the median", () => {
    const totals = histories.map((history) => history.days.reduce((sum, day) => sum + day.seconds, 0)).sort((a, b) => a - b);
    const median = totals[Math.floor(totals.length / 2)]!;
    const p99 = totals[Math.floor(totals.length * 0.99)]!;
    expect(p99).toBeGreaterThan(5 * Math.max(median, 1));
  });

  test("each day's time is exactly the lesson time credited that IST day, within the window", () => {
    for (const history of histories.slice(0, 500)) {
      const byDay = new Map<number, [number, number]>();
      for (const enrolment of history.enrolments) {
        for (const lesson of enrolment.lessons) {
          const day = istDayOf(lesson.completedAt ?? lesson.updatedAt);
          const [seconds, linked] = byDay.get(day) ?? [0, 0];
          byDay.set(day, [seconds + lesson.seconds, linked + (courses[enrolment.course]!.isLinked ? lesson.seconds : 0)]);
        }
      }
      expect(history.days.map((day) => [day.day, day.seconds, day.linked])).toEqual([...byDay].sort((a, b) => a[0] - b[0]).map(([day, [s, l]]) => [day, s, l]));
      for (const day of history.days) {
        expect(day.day).toBeGreaterThanOrEqual(window.firstDay);
        expect(day.day).toBeLessThanOrEqual(window.lastDay);
      }
    }
  });

  test("enrolments are unique per course, online, and their status matches their lessons", () => {
    const statuses = new Map<string, number>();
    for (const history of histories) {
      const seen = new Set<number>();
      for (const enrolment of history.enrolments) {
        expect(seen.has(enrolment.course)).toBe(false);
        seen.add(enrolment.course);
        expect(courses[enrolment.course]!.isOnline).toBe(true);
        statuses.set(enrolment.status, (statuses.get(enrolment.status) ?? 0) + 1);
        const done = enrolment.lessons.filter((lesson) => lesson.status === "COMPLETED").length;
        const total = courses[enrolment.course]!.lessonSeconds.length;
        if (enrolment.status === "COMPLETED") {
          expect(done).toBe(total);
          expect(enrolment.completedAt).toBe(enrolment.lessons[total - 1]!.completedAt);
        } else {
          expect(done).toBeLessThan(total);
          expect(enrolment.completedAt).toBeNull();
        }
        if (enrolment.status === "ENROLLED") expect(enrolment.lessons).toHaveLength(0);
      }
    }
    const total = [...statuses.values()].reduce((sum, count) => sum + count, 0);
    for (const status of ["COMPLETED", "IN_PROGRESS", "ENROLLED", "WITHDRAWN"]) expect((statuses.get(status) ?? 0) / total).toBeGreaterThan(0.03);
  });

  test("popular courses draw far more enrolments than the rest", () => {
    const counts = new Map<number, number>();
    for (const history of histories) for (const enrolment of history.enrolments) counts.set(enrolment.course, (counts.get(enrolment.course) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(sorted[0]!).toBeGreaterThan(10 * sorted[Math.floor(sorted.length / 2)]!);
  });

  test("a demo learner has finished courses and one in progress; a non-learner has nothing", () => {
    const showcase = planHistory({ ...official, isShowcase: true }, courses, chooser, window, createRng("history", 1, 99));
    expect(showcase.enrolments.some((enrolment) => enrolment.status === "COMPLETED")).toBe(true);
    expect(showcase.enrolments.some((enrolment) => enrolment.status === "IN_PROGRESS")).toBe(true);
    const idle = planHistory({ ...official, isLearner: false }, courses, chooser, window, createRng("history", 1, 99));
    expect(idle).toEqual({ enrolments: [], endorsements: [], selfRatings: [], days: [], lastActiveAt: null });
  });
});
