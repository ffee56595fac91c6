// Decides, deterministically, who is enrolled in what and how far they got: plan assignments
// for the Department of Revenue, a scripted history for the demo learner, and self-enrolments
// for everyone else, biased toward courses that close their FRAC gaps.
import type { EnrolmentSource, EnrolmentStatus } from "../../lib/generated/prisma/client";
import { SEED_BASE_DATE, daysFromBase } from "./dates";
import type { ActivityCourse, ActivityOfficial } from "./load-activity-context";
import { createRandom, type Random } from "./random";
import type { SeededPlanItem } from "./seed-capacity-building-plan";

export type PlannedAttempt = { attemptNumber: number; passed: boolean; startedAt: Date };

export type PlannedEnrolment = {
  official: ActivityOfficial;
  course: ActivityCourse;
  status: EnrolmentStatus;
  source: EnrolmentSource;
  planItemId: string | null;
  assignedById: string | null;
  dueAt: Date | null;
  batchId: string | null;
  enrolledAt: Date;
  startedAt: Date | null;
  lastAccessedAt: Date | null;
  completedAt: Date | null;
  /** Lessons completed, counted in course order. */
  completedLessons: number;
  attempts: PlannedAttempt[];
  rating: { rating: number; review: string | null; at: Date } | null;
};

export type ScriptedEnrolment = {
  slug: string;
  status: EnrolmentStatus;
  completedLessons?: number;
  enrolledDaysAgo: number;
  planned?: boolean;
  rating?: { rating: number; review: string };
};

type PlanContext = {
  items: SeededPlanItem[];
  assignedById: string | null;
  /** Organisation ids in the plan organisation's subtree. */
  subtree: Set<string>;
};

const REVIEWS: Record<number, string[]> = {
  5: ["Very practical; the case examples match what we handle every day.", "Clear and to the point. The reading notes are worth keeping.", "Excellent course, I recommend it to every new joinee in my section.", "Well structured; the assessment checks real understanding."],
  4: ["Useful refresher on the rules. A few more case studies would help.", "Good content; the video could be longer.", "Helpful for my current posting."],
  3: ["Covers the basics; I expected more depth.", "Decent overview, but some parts repeat."],
  2: ["Too theoretical for field officers."],
  1: ["Did not match the description."],
};

const DAY = 24 * 60 * 60 * 1000;

function completedAtFor(random: Random, startedAt: Date): Date {
  const end = Math.min(startedAt.getTime() + random.int(3, 40) * DAY, SEED_BASE_DATE.getTime() - DAY);
  return new Date(Math.max(end, startedAt.getTime() + 2 * 60 * 60 * 1000));
}

function attemptsFor(random: Random, course: ActivityCourse, status: EnrolmentStatus, completedLessons: number, at: Date): PlannedAttempt[] {
  if (!course.assessment) return [];
  if (status === "COMPLETED") {
    return random.chance(0.2)
      ? [
          { attemptNumber: 1, passed: false, startedAt: new Date(at.getTime() - 2 * DAY) },
          { attemptNumber: 2, passed: true, startedAt: new Date(at.getTime() - 30 * 60 * 1000) },
        ]
      : [{ attemptNumber: 1, passed: true, startedAt: new Date(at.getTime() - 30 * 60 * 1000) }];
  }
  // Reached the assessment without passing it yet.
  if (status === "IN_PROGRESS" && completedLessons >= course.lessons.length - 1 && random.chance(0.35)) {
    return [{ attemptNumber: 1, passed: false, startedAt: at }];
  }
  return [];
}

// Only officials who completed a course may rate it, as in the app. The draw still happens for
// every enrolment so the random stream (and so every later seeded row) does not shift.
function ratingFor(random: Random, status: EnrolmentStatus, at: Date): PlannedEnrolment["rating"] {
  const drawn = random.chance(status === "COMPLETED" ? 0.65 : status === "IN_PROGRESS" ? 0.1 : 0);
  if (!drawn) return null;
  const rating = random.weighted([[5, 45], [4, 35], [3, 14], [2, 4], [1, 2]]);
  const review = random.chance(0.55) ? random.pick(REVIEWS[rating] ?? [""]) : null;
  return status === "COMPLETED" ? { rating, review, at: new Date(at.getTime() + DAY) } : null;
}

class SeatBook {
  private readonly taken = new Map<string, number>();
  /** The first batch in `wanted` status order with a free seat, or null. */
  book(course: ActivityCourse, statuses: string[]): string | null | undefined {
    if (course.batches.length === 0) return undefined;
    for (const status of statuses) {
      for (const batch of course.batches.filter((candidate) => candidate.status === status)) {
        const taken = this.taken.get(batch.id) ?? 0;
        if (taken < batch.seatLimit) {
          this.taken.set(batch.id, taken + 1);
          return batch.id;
        }
      }
    }
    return null;
  }
}

function planOne(
  random: Random,
  seats: SeatBook,
  official: ActivityOfficial,
  course: ActivityCourse,
  status: EnrolmentStatus,
  enrolledAt: Date,
  options: { completedLessons?: number; source?: EnrolmentSource; planItem?: SeededPlanItem; assignedById?: string | null; rating?: PlannedEnrolment["rating"] } = {},
): PlannedEnrolment | null {
  // Face-to-face and blended courses need a seat: past batch if started, open batch otherwise.
  const batchId = seats.book(course, status === "ENROLLED" ? ["OPEN", "SCHEDULED"] : ["COMPLETED"]);
  if (batchId === null) return null;
  const lessonCount = course.lessons.length;
  const completedLessons =
    status === "COMPLETED"
      ? lessonCount
      : status === "ENROLLED"
        ? 0
        : Math.min(lessonCount - 1, Math.max(1, options.completedLessons ?? random.int(1, lessonCount - 1)));
  const startedAt = status === "ENROLLED" ? null : new Date(enrolledAt.getTime() + random.int(0, 3) * DAY + random.int(1, 8) * 60 * 60 * 1000);
  const completedAt = status === "COMPLETED" && startedAt ? completedAtFor(random, startedAt) : null;
  const lastAccessedAt =
    completedAt ??
    (startedAt && status !== "WITHDRAWN"
      ? new Date(Math.min(startedAt.getTime() + random.int(1, 30) * DAY, SEED_BASE_DATE.getTime() - DAY / 2))
      : startedAt);
  const attempts = attemptsFor(random, course, status, completedLessons, completedAt ?? lastAccessedAt ?? enrolledAt);
  return {
    official,
    course,
    status,
    source: options.source ?? "SELF",
    planItemId: options.planItem?.id ?? null,
    assignedById: options.assignedById ?? null,
    dueAt: options.planItem?.dueAt ?? null,
    batchId: batchId ?? null,
    enrolledAt,
    startedAt,
    lastAccessedAt,
    completedAt,
    completedLessons: status === "WITHDRAWN" ? Math.min(completedLessons, 2) : completedLessons,
    attempts,
    rating: options.rating !== undefined ? options.rating : ratingFor(random, status, completedAt ?? lastAccessedAt ?? enrolledAt),
  };
}

export function planEnrolments(input: {
  officials: ActivityOfficial[];
  courses: ActivityCourse[];
  plan: PlanContext;
  scripted: { official: ActivityOfficial; enrolments: ScriptedEnrolment[] } | null;
}): PlannedEnrolment[] {
  const seats = new SeatBook();
  const plans: PlannedEnrolment[] = [];
  const taken = new Set<string>();
  const add = (planned: PlannedEnrolment | null) => {
    if (!planned) return;
    const key = `${planned.official.id}:${planned.course.id}`;
    if (taken.has(key)) return;
    taken.add(key);
    plans.push(planned);
  };
  const courseById = new Map(input.courses.map((course) => [course.id, course]));
  const courseBySlug = new Map(input.courses.map((course) => [course.slug, course]));

  if (input.scripted) {
    const random = createRandom(`enrolments:${input.scripted.official.email}`);
    for (const entry of input.scripted.enrolments) {
      const course = courseBySlug.get(entry.slug);
      if (!course) throw new Error(`Scripted enrolment refers to unknown published course ${entry.slug}`);
      const planItem = entry.planned ? input.plan.items.find((item) => item.courseId === course.id) : undefined;
      const enrolledAt = daysFromBase(-entry.enrolledDaysAgo);
      add(
        planOne(random, seats, input.scripted.official, course, entry.status, enrolledAt, {
          completedLessons: entry.completedLessons,
          source: planItem ? "PLAN" : "SELF",
          planItem,
          assignedById: planItem ? input.plan.assignedById : null,
          rating: entry.rating ? { ...entry.rating, at: daysFromBase(-entry.enrolledDaysAgo + 20) } : null,
        }),
      );
    }
  }

  for (const official of input.officials) {
    const random = createRandom(`enrolments:${official.email}`);
    // Plan assignments: officials in the subtree whose FRAC role or designation matches an item.
    if (official.organisationId && input.plan.subtree.has(official.organisationId)) {
      for (const item of input.plan.items) {
        const matches =
          (item.fracRoleId !== null && official.fracRoleIds.includes(item.fracRoleId)) ||
          (item.designation !== null && item.designation === official.designation);
        const course = courseById.get(item.courseId);
        if (!matches || !course || !random.chance(0.75)) continue;
        const status = random.weighted<EnrolmentStatus>([["ENROLLED", 35], ["IN_PROGRESS", 40], ["COMPLETED", 25]]);
        add(planOne(random, seats, official, course, status, daysFromBase(-random.int(5, 18)), {
          source: "PLAN",
          planItem: item,
          assignedById: input.plan.assignedById,
        }));
      }
    }
    // Self-enrolments, weighted toward courses on the official's FRAC competencies.
    const count = random.weighted([[0, 15], [1, 20], [2, 25], [3, 20], [4, 12], [5, 6], [6, 2]]);
    const weighted = input.courses.map((course) => {
      const overlap = course.competencies.filter((competency) => official.requirements.has(competency.competencyId)).length;
      return [course, 1 + 5 * overlap] as const;
    });
    for (let i = 0; i < count; i++) {
      const course = random.weighted(weighted);
      const status = random.weighted<EnrolmentStatus>([["ENROLLED", 20], ["IN_PROGRESS", 40], ["COMPLETED", 33], ["WITHDRAWN", 7]]);
      add(planOne(random, seats, official, course, status, daysFromBase(-random.int(20, 170))));
    }
  }
  return plans;
}
