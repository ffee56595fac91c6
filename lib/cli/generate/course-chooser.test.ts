import { expect, test } from "vitest";
import { createCourseChooser } from "./course-chooser";
import { createRng } from "./rng";

const courses = Array.from({ length: 1000 }, (_, index) => ({ isOnline: index % 10 !== 9, competencies: [{ competency: index % 7 }] }));
const chooser = createCourseChooser(courses, 1);

test("only online courses are chosen, the most popular far more often", () => {
  const rng = createRng("choose", 1);
  const counts = new Map<number, number>();
  for (let i = 0; i < 20_000; i++) {
    const course = chooser.popular(rng.next());
    expect(courses[course]!.isOnline).toBe(true);
    counts.set(course, (counts.get(course) ?? 0) + 1);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  expect(chooser.rankOf(top[0])).toBe(0);
  expect(top[1] / 20_000).toBeGreaterThan(0.1);
});

test("a competency's courses are the ones tagged with it", () => {
  const rng = createRng("choose", 2);
  for (let i = 0; i < 500; i++) {
    const course = chooser.forCompetency(3, rng.next())!;
    expect(courses[course]!.competencies[0]!.competency).toBe(3);
  }
  expect(chooser.forCompetency(42, 0.5)).toBeNull();
});
