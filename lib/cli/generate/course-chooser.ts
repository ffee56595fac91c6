// Which course an official enrols in: a few courses are very popular (Zipf over a seeded
// popularity order) and officials lean towards courses that build what their post requires.
import { createRng } from "./rng";
import { createWeightedSampler, zipfWeights } from "./samplers";

export type CourseChooser = {
  /** Any open online course, popular ones far more often. */
  popular(uniform: number): number;
  /** An online course that builds `competency`, popular ones more often; null when none does. */
  forCompetency(competency: number, uniform: number): number | null;
  /** 0 for the most popular course. */
  rankOf(course: number): number;
};

/** Popularity falls off as 1/rank^this: the top course of 5,000 draws about a ninth of popular picks. */
export const POPULARITY_EXPONENT = 1.0;

export function createCourseChooser(courses: readonly { isOnline: boolean; competencies: readonly { competency: number }[] }[], seed: number): CourseChooser {
  const online = courses.flatMap((course, index) => (course.isOnline ? [index] : []));
  if (online.length === 0) throw new Error("The catalogue has no online course to enrol in.");
  const order = createRng("course-popularity", seed).shuffle(online);
  const rank = new Map(order.map((course, position) => [course, position]));
  const overall = createWeightedSampler(zipfWeights(order.length, POPULARITY_EXPONENT));
  const byCompetency = new Map<number, number[]>();
  for (const course of order) {
    for (const { competency } of courses[course]?.competencies ?? []) {
      const list = byCompetency.get(competency);
      if (list) list.push(course);
      else byCompetency.set(competency, [course]);
    }
  }
  const samplers = new Map([...byCompetency].map(([competency, list]) => [competency, createWeightedSampler(zipfWeights(list.length, POPULARITY_EXPONENT))]));
  return {
    popular: (uniform) => order[overall(uniform)] as number,
    forCompetency: (competency, uniform) => {
      const list = byCompetency.get(competency);
      const sample = samplers.get(competency);
      return list && sample ? (list[sample(uniform)] as number) : null;
    },
    rankOf: (course) => rank.get(course) ?? Number.POSITIVE_INFINITY,
  };
}
