// Everything the load needs before the first official: the organisation tree, the dictionary,
// posts, providers and the catalogue, each row with its id. Ids come from one seeded sequence
// per table, so they are time-ordered and identical for the same arguments.
import { type HistoryWindow, DAY_MS, historyWindow, istInstant } from "./calendar";
import { type Catalogue, planCatalogue, planProviders } from "./catalogue";
import { type CourseChooser, createCourseChooser } from "./course-chooser";
import { type Dictionary, planDictionary } from "./frac-dictionary";
import type { HistoryCourse } from "./learning-history";
import { type EncodedCatalogueRefs, encodeCatalogueRefs } from "./official-rows";
import { type PlannedOrganisation, planOrganisations } from "./organisation-plan";
import { type PlannedPosition, planPositions } from "./positions";
import { createRng } from "./rng";
import { createIdSequence, type IdSequence } from "./uuid7";

export type GenerateOptions = {
  officials: number;
  courses: number;
  seed: number;
  weeks: number;
  /** The IST day the history ends on (day number). */
  asOfDay: number;
};

export type World = {
  options: GenerateOptions;
  window: HistoryWindow;
  /** When the organisations, dictionary and catalogue were set up (before any official). */
  setUpAt: number;
  organisations: PlannedOrganisation[];
  organisationIds: string[];
  dictionary: Dictionary;
  competencyIds: string[];
  competencyIndex: ReadonlyMap<string, number>;
  roleIds: string[];
  roleIndex: ReadonlyMap<string, number>;
  positions: PlannedPosition[];
  positionsByOrganisation: number[][];
  positionIds: string[];
  /** [competency, required level] per post: the highest level any of its roles asks. */
  positionRequirements: (readonly [number, number])[][];
  catalogue: Catalogue;
  providerIds: string[];
  courseIds: string[];
  moduleIds: string[][];
  refs: EncodedCatalogueRefs;
  chooser: CourseChooser;
};

/** A seeded id sequence for one table, its time part starting at `startMs`. */
export function idSequence(label: string, seed: number, startMs: number): IdSequence {
  return createIdSequence(startMs, createRng(`ids:${label}`, seed).next);
}

export function planWorld(options: GenerateOptions): World {
  const { seed } = options;
  const window = historyWindow(options.asOfDay, options.weeks);
  const setUpAt = istInstant(window.firstDay - 400, 10 * 3600);
  const ids = (label: string, count: number, startMs = setUpAt) => {
    const sequence = idSequence(label, seed, startMs);
    return Array.from({ length: count }, () => sequence.next());
  };

  const { organisations } = planOrganisations({ officials: options.officials, seed });
  const dictionary = planDictionary(seed);
  const competencyIndex = new Map(dictionary.competencies.map((competency, index) => [competency.code, index]));
  const roleIndex = new Map(dictionary.roles.map((role, index) => [role.code, index]));
  const { positions, byOrganisation } = planPositions(organisations, dictionary);
  const positionRequirements = positions.map((position) => {
    const levels = new Map<number, number>();
    for (const code of position.roleCodes) {
      const role = dictionary.roles[roleIndex.get(code) ?? -1];
      if (!role) throw new Error(`Post ${position.code} carries unknown role ${code}`);
      for (const [competencyCode, level] of role.requires) {
        const competency = competencyIndex.get(competencyCode);
        if (competency === undefined) throw new Error(`Role ${code} requires unknown competency ${competencyCode}`);
        levels.set(competency, Math.max(levels.get(competency) ?? 0, level));
      }
    }
    return [...levels].sort((a, b) => a[0] - b[0]);
  });

  const catalogue = planCatalogue({ courses: options.courses, competencies: dictionary.competencies, providers: planProviders(), seed, firstDay: window.firstDay });
  const courseIds = ids("course", catalogue.courses.length);
  const moduleSequence = idSequence("module", seed, setUpAt);
  const lessonSequence = idSequence("lesson", seed, setUpAt);
  const moduleIds = catalogue.courses.map((course) => course.modules.map(() => moduleSequence.next()));
  const courseLessonIds = catalogue.courses.map((course) => course.modules.flatMap((module) => module.lessons.map(() => lessonSequence.next())));
  const courses: HistoryCourse[] = catalogue.courses.map((course) => {
    const lessons = course.modules.flatMap((module) => module.lessons);
    return { lessonSeconds: lessons.map((lesson) => lesson.durationSeconds), lessonTypes: lessons.map((lesson) => lesson.type), isLinked: course.competencies.length > 0 };
  });
  const competencyIds = ids("competency", dictionary.competencies.length);
  const refs = encodeCatalogueRefs({
    competencyIds,
    courseIds,
    courseLessonIds,
    courseEvidence: catalogue.courses.map((course) => `Completed the course "${course.title}" (${catalogue.providers[course.providerIndex]?.name ?? ""}).`),
    courseCompetencies: catalogue.courses.map((course) => course.competencies),
    courses,
  });
  const chooser = createCourseChooser(
    catalogue.courses.map((course) => ({ isOnline: course.mode === "ONLINE", competencies: course.competencies })),
    seed,
  );
  return {
    options, window, setUpAt, organisations,
    organisationIds: ids("organisation", organisations.length),
    dictionary, competencyIds, competencyIndex,
    roleIds: ids("role", dictionary.roles.length), roleIndex,
    positions, positionsByOrganisation: byOrganisation, positionIds: ids("position", positions.length), positionRequirements,
    catalogue, providerIds: ids("provider", catalogue.providers.length), courseIds, moduleIds, refs, chooser,
  };
}

/** When generated officials joined the portal: a month after it was set up. */
export function officialsJoinedAt(world: World): number {
  return world.setUpAt + 30 * DAY_MS;
}
