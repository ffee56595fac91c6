import { z } from "zod";

/** Form field name of a question's answer: one value per selected option. */
export const ANSWER_FIELD_PREFIX = "answer.";

// Generous bounds that no real assessment reaches; they only stop a forged request from making
// the server parse megabytes.
const MAX_QUESTIONS = 500;
const MAX_OPTIONS_PER_QUESTION = 50;

export const startAttemptSchema = z.object({ assessmentId: z.uuid() });

/** answer.<questionId> fields (a string, or an array for several ticks) → { questionId: optionIds }. */
function collectAnswers(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || "answers" in raw) return raw;
  const answers: Record<string, unknown[]> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith(ANSWER_FIELD_PREFIX)) answers[key.slice(ANSWER_FIELD_PREFIX.length)] = Array.isArray(value) ? value : [value];
    else rest[key] = value;
  }
  return { ...rest, answers };
}

export const submitAttemptSchema = z.preprocess(
  collectAnswers,
  z.object({
    attemptId: z.uuid(),
    answers: z
      .record(z.uuid(), z.array(z.uuid()).max(MAX_OPTIONS_PER_QUESTION))
      .refine((answers) => Object.keys(answers).length <= MAX_QUESTIONS, "Too many answers."),
  }),
);

export type SubmitAttemptInput = z.output<typeof submitAttemptSchema>;
