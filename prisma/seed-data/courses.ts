// The demo course catalogue. Each entry holds what is specific to the course (summary, key
// points, module titles, an official resource, three questions); course-content.ts turns it
// into modules and lessons of every type. Facts in the questions come from the public Acts,
// rules and manuals named in each course.
import type { CourseStatus, DeliveryMode, Language } from "../../lib/generated/prisma/client";
import { FINANCE_COURSES } from "./courses-finance";
import { SECRETARIAT_COURSES } from "./courses-secretariat";
import { OUTREACH_COURSES } from "./courses-outreach";
import { SECTORAL_COURSES } from "./courses-sectoral";
import { MICRO_COURSES } from "./courses-micro";

/** "*" marks a correct option. */
export type QuestionSeed =
  | [type: "S" | "M", prompt: string, options: string[], explanation: string]
  | [type: "T", prompt: string, answer: boolean, explanation: string];

export type CourseSeed = {
  slug: string;
  provider: string;
  title: string;
  titleHi?: string;
  language?: Language;
  mode?: DeliveryMode;
  status?: CourseStatus;
  summary: string;
  /** Competency code → level the course imparts. */
  competencies: Record<string, number>;
  modules: [string, string, string];
  /** Key points: heading and one paragraph each. */
  points: [string, string][];
  link: [title: string, url: string];
  document: "frac-competency-primer" | "rti-act-ready-reckoner" | "public-procurement-handbook" | "disaster-management-guide";
  questions: QuestionSeed[];
  /** "micro": a few minutes in all, with lessons short enough to finish in one sitting. */
  length?: "standard" | "micro";
  /** Where batches of a blended or face-to-face course meet. */
  venue?: string;
};

// Order matters only for determinism (publication dates and media alternate by position).
export const COURSES: CourseSeed[] = [...SECRETARIAT_COURSES, ...FINANCE_COURSES, ...SECTORAL_COURSES, ...OUTREACH_COURSES, ...MICRO_COURSES];
