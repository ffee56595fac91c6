import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { ATTEMPT_GRACE_SECONDS } from "@/lib/domain/learning/attempt-rules";
import { DomainError } from "@/lib/domain/learning/domain-error";
import { KARMA_RULES } from "@/lib/domain/learning/karma-points";
import { PermissionDeniedError } from "@/lib/domain/permissions";
import { VERBS } from "@/lib/domain/learning/xapi";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createCourse } from "@/lib/server/factories/create-course";
import { createEnrolment } from "@/lib/server/factories/create-enrolment";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createProvider } from "@/lib/server/factories/create-provider";
import { getAssessmentOverview } from "./get-assessment-overview";
import { getAttemptForLearner } from "./get-attempt-for-learner";
import { getAttemptResult } from "./get-attempt-result";
import { startAttempt } from "./start-attempt";
import { submitAttempt } from "./submit-attempt";

// Fixtures go through a plain client (the factories' type); the code under test uses the app's own.
const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });

const TIME_LIMIT_SECONDS = 600;
const EXPLANATIONS = ["EXPLANATION-SINGLE-7f3a", "EXPLANATION-MULTI-91bc", "EXPLANATION-TF-44de"];
let courseId = "";
let assessmentId = "";
let assessmentLessonId = "";
/** questionId → correct option ids, and a wrong answer per question. */
const correct: Record<string, string[]> = {};
const wrong: Record<string, string[]> = {};
const optionIdsByQuestion: Record<string, string[]> = {};

async function newLearner(): Promise<string> {
  const official = await createOfficial(fixtureDb);
  // The TEXT lesson is done, so passing the assessment is all that is left of the course.
  await createEnrolment(fixtureDb, { userId: official.id, courseId, completedLessons: 1 });
  return official.id;
}

async function expectDomainError(promise: Promise<unknown>, code: DomainError["code"]) {
  await expect(promise).rejects.toSatisfy((error) => error instanceof DomainError && error.code === code);
}

beforeAll(async () => {
  const provider = await createProvider(fixtureDb);
  const course = await createCourse(fixtureDb, {
    providerId: provider.id,
    modules: [
      {
        title: "Only module",
        lessons: [
          { type: "TEXT", title: "Reading", durationSeconds: 60, body: "Read this." },
          {
            type: "ASSESSMENT",
            title: "Final check",
            durationSeconds: 600,
            assessment: {
              title: "Final check",
              passMarkPercent: 60,
              timeLimitSeconds: TIME_LIMIT_SECONDS,
              maxAttempts: 3,
              questions: [
                {
                  type: "SINGLE",
                  prompt: "Pick the right one",
                  explanation: EXPLANATIONS[0],
                  options: [
                    { label: "Right", isCorrect: true },
                    { label: "Wrong", isCorrect: false },
                    { label: "Also wrong", isCorrect: false },
                  ],
                },
                {
                  type: "MULTIPLE",
                  prompt: "Pick both right ones",
                  explanation: EXPLANATIONS[1],
                  options: [
                    { label: "Right A", isCorrect: true },
                    { label: "Right B", isCorrect: true },
                    { label: "Wrong C", isCorrect: false },
                  ],
                },
                {
                  type: "TRUE_FALSE",
                  prompt: "The sky is blue",
                  explanation: EXPLANATIONS[2],
                  options: [
                    { label: "True", isCorrect: true },
                    { label: "False", isCorrect: false },
                  ],
                },
              ],
            },
          },
        ],
      },
    ],
  });
  courseId = course.id;
  const lesson = await fixtureDb.lesson.findFirstOrThrow({ where: { courseId, type: "ASSESSMENT" } });
  assessmentLessonId = lesson.id;
  assessmentId = lesson.assessmentId!;
  const questions = await fixtureDb.question.findMany({ where: { assessments: { some: { assessmentId } } }, include: { options: true } });
  for (const question of questions) {
    correct[question.id] = question.options.filter((o) => o.isCorrect).map((o) => o.id);
    wrong[question.id] = question.options.filter((o) => !o.isCorrect).slice(0, 1).map((o) => o.id);
    optionIdsByQuestion[question.id] = question.options.map((o) => o.id);
  }
});

afterAll(async () => {
  await fixtureDb.$disconnect();
});

describe("taking an assessment", () => {
  test("nothing the attempt page loads reveals correct answers or explanations", async () => {
    const userId = await newLearner();
    const started = await startAttempt({ userId, assessmentId });
    const loaded = await getAttemptForLearner({ userId, attemptId: started!.attemptId });
    const overview = await getAssessmentOverview({ userId, assessmentId });

    expect(loaded!.questions).toHaveLength(3);
    for (const serialised of [JSON.stringify(loaded), JSON.stringify(overview)]) {
      expect(serialised).not.toMatch(/isCorrect|correctOption|explanation/i);
      for (const text of EXPLANATIONS) expect(serialised).not.toContain(text);
    }
    // Each question carries exactly its own options, nothing else.
    for (const question of loaded!.questions) {
      expect(Object.keys(question).sort()).toEqual(["id", "options", "points", "prompt", "type"]);
      expect(question.options.map((o) => o.id).sort()).toEqual([...optionIdsByQuestion[question.id]!].sort());
      for (const option of question.options) expect(Object.keys(option).sort()).toEqual(["id", "label"]);
    }
  });

  test("the question order is fixed per attempt and survives a reload", async () => {
    const userId = await newLearner();
    const started = await startAttempt({ userId, assessmentId });
    const first = await getAttemptForLearner({ userId, attemptId: started!.attemptId });
    const again = await getAttemptForLearner({ userId, attemptId: started!.attemptId });
    expect(again!.questions).toEqual(first!.questions);
  });

  test("starting twice, or in two tabs at once, resumes one attempt", async () => {
    const userId = await newLearner();
    const results = await Promise.all([startAttempt({ userId, assessmentId }), startAttempt({ userId, assessmentId }), startAttempt({ userId, assessmentId })]);
    const again = await startAttempt({ userId, assessmentId });
    const ids = new Set([...results, again].map((result) => result!.attemptId));
    expect(ids.size).toBe(1);
    expect(again!.isResumed).toBe(true);
    expect(await fixtureDb.assessmentAttempt.count({ where: { userId, assessmentId } })).toBe(1);
  });

  // Guards the double-submit race: both requests pass the status check before either writes.
  test("a concurrent double submit counts once", async () => {
    const userId = await newLearner();
    const { attemptId } = (await startAttempt({ userId, assessmentId }))!;
    const outcomes = await Promise.allSettled([
      submitAttempt({ userId, attemptId, answers: correct }),
      submitAttempt({ userId, attemptId, answers: correct }),
    ]);
    const fulfilled = outcomes.filter((outcome) => outcome.status === "fulfilled");
    const rejected = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toMatchObject({ code: "ATTEMPT_ALREADY_SUBMITTED" });

    expect(await fixtureDb.attemptAnswer.count({ where: { attemptId } })).toBe(3);
    expect(await fixtureDb.learningRecord.count({ where: { actorId: userId, verb: VERBS.passed.id } })).toBe(1);
    expect(await fixtureDb.certificate.count({ where: { userId } })).toBe(1);
    // Completion plus the bonus for a course that ends in an assessment, once.
    expect((await fixtureDb.user.findUniqueOrThrow({ where: { id: userId } })).karmaPoints).toBe(
      KARMA_RULES.COURSE_COMPLETED.points + KARMA_RULES.ASSESSED_COURSE_COMPLETED.points,
    );
  });

  test("passing completes the assessment lesson and the course, and closes the assessment", async () => {
    const userId = await newLearner();
    const { attemptId } = (await startAttempt({ userId, assessmentId }))!;
    const result = await submitAttempt({ userId, attemptId, answers: correct });
    expect(result).toMatchObject({ score: 3, maxScore: 3, percent: 100, passed: true });
    expect(result.certificateCode).toMatch(/^KSH-/);

    const enrolment = await fixtureDb.enrolment.findFirstOrThrow({ where: { userId, courseId }, include: { lessonProgress: true } });
    expect(enrolment).toMatchObject({ status: "COMPLETED", progressPercent: 100 });
    expect(enrolment.lessonProgress.find((p) => p.lessonId === assessmentLessonId)?.status).toBe("COMPLETED");
    await expectDomainError(startAttempt({ userId, assessmentId }), "ALREADY_PASSED");

    const review = await getAttemptResult({ userId, attemptId });
    expect(review).toMatchObject({ revealsAnswers: true, certificateCode: result.certificateCode });
    expect(review!.questions.map((q) => q.explanation).sort()).toEqual([...EXPLANATIONS].sort());
  });

  test("a failed attempt with attempts left shows right and wrong, but not the answers", async () => {
    const userId = await newLearner();
    const { attemptId } = (await startAttempt({ userId, assessmentId }))!;
    const result = await submitAttempt({ userId, attemptId, answers: wrong });
    expect(result.passed).toBe(false);
    expect(await fixtureDb.learningRecord.count({ where: { actorId: userId, verb: VERBS.failed.id } })).toBe(1);

    const review = await getAttemptResult({ userId, attemptId });
    expect(review!.revealsAnswers).toBe(false);
    expect(review!.questions.every((q) => !q.isCorrect)).toBe(true);
    const serialised = JSON.stringify(review);
    expect(serialised).not.toMatch(/"isCorrect":true|explanation/);
  });

  test("tampered answers are refused and change nothing", async () => {
    const userId = await newLearner();
    const { attemptId } = (await startAttempt({ userId, assessmentId }))!;
    const [first, second] = Object.keys(correct);
    const tampered = [
      // An option of another question.
      { ...correct, [first!]: correct[second!]! },
      // A question that is not in the assessment.
      { ...correct, "00000000-0000-7000-8000-000000000000": ["00000000-0000-7000-8000-000000000001"] },
      // Two options on a single-choice question.
      { ...correct, [first!]: optionIdsByQuestion[first!]!.slice(0, 2) },
    ];
    for (const answers of tampered) await expectDomainError(submitAttempt({ userId, attemptId, answers }), "INVALID_ANSWER");

    const attempt = await fixtureDb.assessmentAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt).toMatchObject({ status: "IN_PROGRESS", score: null, submittedAt: null });
    expect(await fixtureDb.attemptAnswer.count({ where: { attemptId } })).toBe(0);
  });

  test("another official's attempt is refused, unread and unchanged", async () => {
    const ownerId = await newLearner();
    const intruderId = await newLearner();
    const { attemptId } = (await startAttempt({ userId: ownerId, assessmentId }))!;

    await expect(submitAttempt({ userId: intruderId, attemptId, answers: correct })).rejects.toBeInstanceOf(PermissionDeniedError);
    expect(await getAttemptForLearner({ userId: intruderId, attemptId })).toBeNull();
    expect(await getAttemptResult({ userId: intruderId, attemptId })).toBeNull();
    expect((await fixtureDb.assessmentAttempt.findUniqueOrThrow({ where: { id: attemptId } })).status).toBe("IN_PROGRESS");
    expect(await fixtureDb.attemptAnswer.count({ where: { attemptId } })).toBe(0);
  });

  test("an official not enrolled in the course cannot start", async () => {
    const stranger = await createOfficial(fixtureDb);
    await expectDomainError(startAttempt({ userId: stranger.id, assessmentId }), "NOT_ENROLLED");
  });

  test("the server enforces the time limit, with the grace period and not a second more", async () => {
    const userId = await newLearner();
    const startedAt = new Date("2026-11-20T10:00:00Z");
    const deadline = startedAt.getTime() + TIME_LIMIT_SECONDS * 1000;

    const late = (await startAttempt({ userId, assessmentId, now: startedAt }))!;
    const tooLate = new Date(deadline + (ATTEMPT_GRACE_SECONDS + 1) * 1000);
    await expectDomainError(submitAttempt({ userId, attemptId: late.attemptId, answers: correct, now: tooLate }), "ATTEMPT_EXPIRED");
    const expired = await fixtureDb.assessmentAttempt.findUniqueOrThrow({ where: { id: late.attemptId } });
    expect(expired).toMatchObject({ status: "EXPIRED", score: null });
    expect(await fixtureDb.attemptAnswer.count({ where: { attemptId: late.attemptId } })).toBe(0);
    expect((await getAttemptForLearner({ userId, attemptId: late.attemptId, now: tooLate }))!.questions).toEqual([]);

    const secondStart = new Date(tooLate.getTime() + 1000);
    const inGrace = (await startAttempt({ userId, assessmentId, now: secondStart }))!;
    expect(inGrace.attemptId).not.toBe(late.attemptId);
    const withinGrace = new Date(secondStart.getTime() + (TIME_LIMIT_SECONDS + ATTEMPT_GRACE_SECONDS - 1) * 1000);
    const accepted = await submitAttempt({ userId, attemptId: inGrace.attemptId, answers: correct, now: withinGrace });
    expect(accepted.passed).toBe(true);
  });

  test("an abandoned timed attempt is expired when the next one starts, and counts", async () => {
    const userId = await newLearner();
    const t0 = new Date("2026-11-21T10:00:00Z");
    const first = (await startAttempt({ userId, assessmentId, now: t0 }))!;
    const later = new Date(t0.getTime() + (TIME_LIMIT_SECONDS + ATTEMPT_GRACE_SECONDS + 5) * 1000);
    const second = (await startAttempt({ userId, assessmentId, now: later }))!;
    expect(second.isResumed).toBe(false);
    expect((await fixtureDb.assessmentAttempt.findUniqueOrThrow({ where: { id: first.attemptId } })).status).toBe("EXPIRED");
    const overview = await getAssessmentOverview({ userId, assessmentId, now: later });
    expect(overview!.attemptsRemaining).toBe(1);
  });

  test("max attempts: the fourth start is refused and the answers are then revealed", async () => {
    const userId = await newLearner();
    let lastAttemptId = "";
    for (let attempt = 0; attempt < 3; attempt++) {
      const { attemptId } = (await startAttempt({ userId, assessmentId }))!;
      await submitAttempt({ userId, attemptId, answers: wrong });
      lastAttemptId = attemptId;
    }
    await expectDomainError(startAttempt({ userId, assessmentId }), "ATTEMPTS_EXHAUSTED");
    expect(await fixtureDb.assessmentAttempt.count({ where: { userId, assessmentId } })).toBe(3);
    const overview = await getAssessmentOverview({ userId, assessmentId });
    expect(overview).toMatchObject({ attemptsRemaining: 0, canStart: false, hasPassed: false });
    expect((await getAttemptResult({ userId, attemptId: lastAttemptId }))!.revealsAnswers).toBe(true);
  });
});
