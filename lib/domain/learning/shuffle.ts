// Fixes the question and option order of an attempt and builds what the browser may see.
//
// The order is derived from a seed rather than Math.random so that the same attempt always
// renders the same way — after a reload, in a second tab, or when the server rebuilds it — and
// so that a reported problem can be replayed exactly. The seeds come from the server, keyed
// with a secret (lib/server/assessment/attempt-seeds.ts): the attempt and option ids are on the
// page, so an order seeded by them alone could be undone by anyone who knows the algorithm,
// giving back the authored order (where authors tend to put the right answer first).

import { mulberry32 } from "@/lib/domain/mulberry32";
import type { QuestionType } from "./scoring";

export type OrderableOption = { id: string; position: number };
export type OrderableQuestion = { id: string; type: QuestionType; position: number; options: readonly OrderableOption[] };

export type AttemptOrder = {
  questionIds: string[];
  optionIdsByQuestion: Record<string, string[]>;
};

/** What the author stores; isCorrect and explanation must never leave the server before submission. */
export type AuthoredQuestion = {
  id: string;
  type: QuestionType;
  prompt: string;
  points: number;
  position: number;
  explanation?: string | null;
  options: readonly { id: string; label: string; position: number; isCorrect: boolean }[];
};

/**
 * The question as sent to the browser. Built field by field (never by spreading the authored
 * question), so adding a column to Question cannot leak it by accident.
 */
export type PublicQuestion = {
  id: string;
  type: QuestionType;
  prompt: string;
  points: number;
  options: PublicOption[];
};
export type PublicOption = { id: string; label: string };

/** 32-bit hash of a string (FNV-1a with a final avalanche), used to seed the generator. */
export function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  // FNV-1a alone leaves similar seeds (uuidv7 ids differ in a few characters) too close.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** A generator seeded from a string; the same seed always orders the same way. */
export function createSeededRandom(seed: string): () => number {
  return mulberry32(hashSeed(seed));
}

/** Fisher–Yates with a seeded generator; returns a new array. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const random = createSeededRandom(seed);
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = result[i] as T;
    result[i] = result[j] as T;
    result[j] = a;
  }
  return result;
}

/**
 * One attempt's seeds: the seed for each use (`scope`: "draw", "questions", "options:<question
 * id>"). The server keys them with a secret so they cannot be recomputed from the page.
 */
export type AttemptSeeds = (scope: string) => string;

/**
 * The order for one attempt, stored in AssessmentAttempt.questionOrder when it starts.
 * Options of each question get their own seed, so one question's option order does not change
 * when questions are added before it. True/false options keep the authored order: "False, True"
 * reads as a trick, not as fairness.
 */
export function buildAttemptOrder(
  assessment: { shuffleQuestions: boolean; shuffleOptions: boolean; questions: readonly OrderableQuestion[] },
  seeds: AttemptSeeds,
): AttemptOrder {
  const authored = byPosition(assessment.questions);
  const questions = assessment.shuffleQuestions ? seededShuffle(authored, seeds("questions")) : authored;
  const optionIdsByQuestion: Record<string, string[]> = {};
  for (const question of questions) {
    const options = byPosition(question.options);
    const shouldShuffle = assessment.shuffleOptions && question.type !== "TRUE_FALSE";
    optionIdsByQuestion[question.id] = (shouldShuffle ? seededShuffle(options, seeds(`options:${question.id}`)) : options).map(
      (option) => option.id,
    );
  }
  return { questionIds: questions.map((question) => question.id), optionIdsByQuestion };
}

/**
 * Applies a stored order to the current questions, dropping everything the learner must not see.
 * Questions or options deleted since the attempt started are skipped; ones added since are put
 * at the end in authored order, because scoring uses the current questions and the learner must
 * be able to answer everything they are scored on.
 */
export function buildQuestionPayload(questions: readonly AuthoredQuestion[], order: AttemptOrder): PublicQuestion[] {
  const ordered = applyOrder(byPosition(questions), order.questionIds);
  return ordered.map((question) => ({
    id: question.id,
    type: question.type,
    prompt: question.prompt,
    points: question.points,
    options: applyOrder(byPosition(question.options), order.optionIdsByQuestion[question.id] ?? []).map((option) => ({
      id: option.id,
      label: option.label,
    })),
  }));
}

/** Reads AssessmentAttempt.questionOrder (JSON) back, or null when it is not an AttemptOrder. */
export function parseAttemptOrder(value: unknown): AttemptOrder | null {
  if (typeof value !== "object" || value === null) return null;
  const { questionIds, optionIdsByQuestion } = value as Record<string, unknown>;
  if (!isStringArray(questionIds)) return null;
  if (typeof optionIdsByQuestion !== "object" || optionIdsByQuestion === null || Array.isArray(optionIdsByQuestion)) return null;
  const options: Record<string, string[]> = {};
  for (const [questionId, ids] of Object.entries(optionIdsByQuestion)) {
    if (!isStringArray(ids)) return null;
    options[questionId] = [...ids];
  }
  return { questionIds: [...questionIds], optionIdsByQuestion: options };
}

function applyOrder<T extends { id: string }>(items: readonly T[], orderedIds: readonly string[]): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const placed = new Set<string>();
  const result: T[] = [];
  for (const id of orderedIds) {
    const item = byId.get(id);
    if (item && !placed.has(id)) {
      result.push(item);
      placed.add(id);
    }
  }
  for (const item of items) if (!placed.has(item.id)) result.push(item);
  return result;
}

function byPosition<T extends { position: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.position - b.position);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}
