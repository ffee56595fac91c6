// Rules of curated programmes: when one may be published, how a learner's progress through it
// is counted, and what completing it adds to the passbook.

import { mergeCourseIntoPassbook, MAX_COMPETENCY_LEVEL, type ImpartedCompetency, type PassbookMerge } from "@/lib/domain/learning/passbook";

export const PROGRAMME_STATUSES = ["DRAFT", "PUBLISHED", "ARCHIVED"] as const;
export type ProgrammeStatusName = (typeof PROGRAMME_STATUSES)[number];

/** A programme is a sequence, so fewer than two courses is just a course. */
export const MIN_PROGRAMME_COURSES = 2;

const TRANSITIONS: Record<ProgrammeStatusName, readonly ProgrammeStatusName[]> = {
  DRAFT: ["PUBLISHED", "ARCHIVED"],
  PUBLISHED: ["ARCHIVED"],
  ARCHIVED: [],
};

export function canMoveProgramme(from: ProgrammeStatusName, to: ProgrammeStatusName): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Only published courses count: an archived course can no longer be enrolled in. */
export function canPublishProgramme(courses: readonly { status: string }[]): boolean {
  return courses.filter((course) => course.status === "PUBLISHED").length >= MIN_PROGRAMME_COURSES;
}

export type ProgrammeCourseProgress = {
  courseId: string;
  /** The learner's enrolment in the course, or null when they have none. */
  enrolmentStatus: "ENROLLED" | "IN_PROGRESS" | "COMPLETED" | "WITHDRAWN" | null;
  progressPercent: number;
};

export type ProgrammeProgress = { completed: number; total: number; percent: number; isComplete: boolean };

/** Courses completed out of all the programme's courses; complete only when every one is. */
export function programmeProgress(courses: readonly ProgrammeCourseProgress[]): ProgrammeProgress {
  const total = courses.length;
  const completed = courses.filter((course) => course.enrolmentStatus === "COMPLETED").length;
  const sum = courses.reduce((acc, course) => acc + (course.enrolmentStatus === "COMPLETED" ? 100 : course.enrolmentStatus === null ? 0 : clampPercent(course.progressPercent)), 0);
  return { completed, total, percent: total === 0 ? 0 : Math.floor(sum / total), isComplete: total > 0 && completed === total };
}

function clampPercent(value: number): number {
  return Math.min(100, Math.max(0, Math.round(value)));
}

/**
 * The programme's competencies merged into the passbook exactly as a course's are (evidence for
 * each, the held level only ever rises), with the programme named in the evidence line.
 */
export function mergeProgrammeIntoPassbook(options: {
  currentLevels: ReadonlyMap<string, number>;
  programme: { id: string; title: string };
  competencies: readonly ImpartedCompetency[];
  certificateId: string;
}): PassbookMerge {
  const merge = mergeCourseIntoPassbook({
    currentLevels: options.currentLevels,
    course: options.programme,
    competencies: options.competencies,
    certificateId: options.certificateId,
  });
  return {
    ...merge,
    entries: merge.entries.map((entry) => ({ ...entry, evidence: programmeEvidence(options.programme.title, entry.level) })),
  };
}

export function programmeEvidence(programmeTitle: string, level: number): string {
  return `Completed the programme “${programmeTitle.trim()}”, which imparts level ${level} of ${MAX_COMPETENCY_LEVEL}.`;
}

/** A URL slug from a title, with a short suffix so two programmes of the same name never clash. */
export function programmeSlug(title: string, suffix: string): string {
  const base = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return base ? `${base}-${suffix}` : `programme-${suffix}`;
}
