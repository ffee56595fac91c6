import { z } from "zod";
import { MAX_QUESTION_CSV_BYTES } from "./question-csv";
import { QUESTION_LIMITS, type RawQuestion } from "./question-rules";

// The question form and the bank's other forms as posted. These schemas only give the values
// their shape (and bound their size); what makes a question valid is checkQuestion's, on the
// server, so the form and the CSV import refuse the same things with the same words.

const toArray = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const text = (max: number) => z.string().max(max, `Keep it under ${max.toLocaleString("en-IN")} characters.`).default("");

export const questionFormSchema = z
  .object({
    courseId: z.uuid(),
    questionId: z.preprocess(blankToUndefined, z.uuid().optional()),
    type: text(20),
    prompt: text(QUESTION_LIMITS.prompt * 2),
    explanation: text(QUESTION_LIMITS.explanation * 2),
    points: text(10),
    competency: text(100),
    level: text(5),
    option: z.preprocess(toArray, z.array(z.string().max(QUESTION_LIMITS.optionLabel * 2)).max(QUESTION_LIMITS.maxOptions, `Give at most ${QUESTION_LIMITS.maxOptions} options.`)),
    /** Numbers (1-based) of the options marked correct. */
    correct: z.preprocess(toArray, z.array(z.coerce.number().int().min(1).max(QUESTION_LIMITS.maxOptions))),
  })
  .transform((form): { courseId: string; questionId: string | null; raw: RawQuestion } => ({
    courseId: form.courseId,
    questionId: form.questionId ?? null,
    raw: {
      type: form.type,
      prompt: form.prompt,
      explanation: form.explanation,
      points: form.points,
      competency: form.competency,
      level: form.level,
      options: form.option.map((label, index) => ({ label, isCorrect: form.correct.includes(index + 1) })),
    },
  }));

export const removeQuestionSchema = z.object({ courseId: z.uuid(), questionId: z.uuid() });

// A file input left empty still posts one nameless, empty file.
const chosenFile = (value: unknown) => (value instanceof File && value.name === "" && value.size === 0 ? undefined : value);

export const importQuestionsSchema = z.object({
  courseId: z.uuid(),
  intent: z.enum(["preview", "apply"]),
  file: z.preprocess(
    chosenFile,
    z
      .instanceof(File, { message: "Choose a CSV file to import." })
      .refine((file) => file.size <= MAX_QUESTION_CSV_BYTES, `The file is larger than ${MAX_QUESTION_CSV_BYTES / 1024} KB; split it and import the parts one after another.`),
  ),
});
