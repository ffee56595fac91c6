// What makes a bank question askable. The form and the CSV import both hand their raw values to
// `checkQuestion`, so an author gets the same reason for the same mistake either way; nothing is
// written unless it returns ok.

export const QUESTION_TYPES = ["SINGLE", "MULTIPLE", "TRUE_FALSE"] as const;
export type QuestionTypeName = (typeof QUESTION_TYPES)[number];

export const QUESTION_TYPE_LABELS: Record<QuestionTypeName, string> = {
  SINGLE: "One correct answer",
  MULTIPLE: "Several correct answers",
  TRUE_FALSE: "True or false",
};

export const QUESTION_LIMITS = {
  prompt: 2_000,
  explanation: 5_000,
  optionLabel: 500,
  minOptions: 2,
  maxOptions: 8,
  minPoints: 1,
  maxPoints: 100,
  minLevel: 1,
  maxLevel: 5,
} as const;

/** A true/false question always offers exactly these two options, in this order. */
export const TRUE_FALSE_LABELS = ["True", "False"] as const;

export type QuestionOptionDraft = { label: string; isCorrect: boolean };

/** A question ready to be written. */
export type QuestionDraft = {
  type: QuestionTypeName;
  prompt: string;
  explanation: string | null;
  points: number;
  competencyId: string | null;
  level: number | null;
  options: QuestionOptionDraft[];
};

/**
 * As typed into the form or read from a CSV row. `options` are slots in the order the author
 * numbered them (option 1 … option 8); empty slots are dropped, so "correct" keeps pointing at
 * the number the author saw.
 */
export type RawQuestion = {
  type: string;
  prompt: string;
  explanation: string;
  points: string;
  competency: string;
  level: string;
  options: QuestionOptionDraft[];
};

export type QuestionField = "type" | "prompt" | "explanation" | "points" | "competency" | "level" | "options" | "correct";
export type QuestionErrors = Partial<Record<QuestionField, string>>;

export type QuestionCheck = { ok: true; question: QuestionDraft } | { ok: false; errors: QuestionErrors };

/** Finds the competency an author named (id, code, external id or name); null when none matches. */
export type CompetencyLookup = (text: string) => string | null;

export type CompetencyChoice = { id: string; name: string; code: string; externalId: string | null };

/** Matches, in order of precedence, an id, a code, an external id, then a name (case aside). */
export function competencyLookup(choices: readonly CompetencyChoice[]): CompetencyLookup {
  const byKey = new Map<string, string>();
  const add = (key: string | null, id: string) => {
    const normalised = key?.trim().toLowerCase();
    if (normalised && !byKey.has(normalised)) byKey.set(normalised, id);
  };
  for (const choice of choices) add(choice.id, choice.id);
  for (const choice of choices) add(choice.code, choice.id);
  for (const choice of choices) add(choice.externalId, choice.id);
  for (const choice of choices) add(choice.name, choice.id);
  return (text) => byKey.get(text.trim().toLowerCase()) ?? null;
}

const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function cleanText(value: string): string {
  return value.replace(/\r\n?/g, "\n").trim();
}

function readWholeNumber(value: string): number | null {
  const trimmed = value.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}

function isQuestionType(value: string): value is QuestionTypeName {
  return (QUESTION_TYPES as readonly string[]).includes(value);
}

/** The type as an author may write it: "single", "True_False", "true/false"… */
export function normaliseQuestionType(value: string): string {
  const upper = value.trim().toUpperCase().replace(/[\s/-]+/g, "_");
  return upper === "TRUE_OR_FALSE" || upper === "TF" ? "TRUE_FALSE" : upper;
}

function checkOptions(type: QuestionTypeName, slots: readonly QuestionOptionDraft[], errors: QuestionErrors): QuestionOptionDraft[] {
  if (type === "TRUE_FALSE") {
    const labelled = slots.filter((slot) => cleanText(slot.label) !== "");
    const labelsMatch = labelled.length === 0 || (labelled.length === 2 && labelled.every((slot, index) => cleanText(slot.label).toLowerCase() === TRUE_FALSE_LABELS[index]?.toLowerCase()));
    if (!labelsMatch || slots.slice(2).some((slot) => slot.isCorrect || cleanText(slot.label) !== "")) {
      errors.options = "A true/false question has exactly two options, True then False.";
    }
    const options = TRUE_FALSE_LABELS.map((label, index) => ({ label, isCorrect: slots[index]?.isCorrect ?? false }));
    const correct = options.filter((option) => option.isCorrect).length;
    if (!errors.options && correct !== 1) errors.correct = "Mark either True or False as the correct answer.";
    return options;
  }

  const options: QuestionOptionDraft[] = [];
  slots.forEach((slot, index) => {
    const label = cleanText(slot.label);
    if (label === "") {
      if (slot.isCorrect) errors.correct ??= `Option ${index + 1} is marked correct but has no text.`;
      return;
    }
    if (label.length > QUESTION_LIMITS.optionLabel) errors.options ??= `Option ${index + 1} is longer than ${QUESTION_LIMITS.optionLabel} characters.`;
    else if (CONTROL_CHARACTERS.test(label)) errors.options ??= `Option ${index + 1} contains a control character.`;
    options.push({ label, isCorrect: slot.isCorrect });
  });
  if (slots.length > QUESTION_LIMITS.maxOptions || options.length > QUESTION_LIMITS.maxOptions) {
    errors.options ??= `Give at most ${QUESTION_LIMITS.maxOptions} options.`;
  } else if (options.length < QUESTION_LIMITS.minOptions) {
    errors.options ??= `Give at least ${QUESTION_LIMITS.minOptions} options.`;
  }
  const labels = options.map((option) => option.label.toLowerCase());
  if (!errors.options && new Set(labels).size !== labels.length) errors.options = "Two options read the same; each option must differ.";

  const correct = options.filter((option) => option.isCorrect).length;
  if (!errors.correct && options.length > 0) {
    if (type === "SINGLE" && correct !== 1) errors.correct = correct === 0 ? "Mark the one correct option." : "A one-answer question has exactly one correct option; choose “Several correct answers” to allow more.";
    if (type === "MULTIPLE" && correct === 0) errors.correct = "Mark at least one correct option.";
  }
  return options;
}

export function checkQuestion(raw: RawQuestion, findCompetency: CompetencyLookup): QuestionCheck {
  const errors: QuestionErrors = {};

  const typeName = normaliseQuestionType(raw.type);
  const type = isQuestionType(typeName) ? typeName : null;
  if (!type) errors.type = "Choose SINGLE (one correct answer), MULTIPLE (several) or TRUE_FALSE.";

  const prompt = cleanText(raw.prompt);
  if (prompt.length < 3) errors.prompt = "Write the question (at least 3 characters).";
  else if (prompt.length > QUESTION_LIMITS.prompt) errors.prompt = `Keep the question under ${QUESTION_LIMITS.prompt.toLocaleString("en-IN")} characters.`;
  else if (CONTROL_CHARACTERS.test(prompt)) errors.prompt = "The question contains a control character.";

  const explanation = cleanText(raw.explanation);
  if (explanation.length > QUESTION_LIMITS.explanation) errors.explanation = `Keep the explanation under ${QUESTION_LIMITS.explanation.toLocaleString("en-IN")} characters.`;

  const points = raw.points.trim() === "" ? 1 : readWholeNumber(raw.points);
  if (points === null || points < QUESTION_LIMITS.minPoints || points > QUESTION_LIMITS.maxPoints) {
    errors.points = `Points are a whole number from ${QUESTION_LIMITS.minPoints} to ${QUESTION_LIMITS.maxPoints}.`;
  }

  const competencyText = raw.competency.trim();
  const competencyId = competencyText === "" ? null : findCompetency(competencyText);
  if (competencyText !== "" && !competencyId) errors.competency = `No competency “${competencyText}” in the framework in use; use its code, external id or name.`;

  const level = raw.level.trim() === "" ? null : readWholeNumber(raw.level);
  if (raw.level.trim() !== "" && (level === null || level < QUESTION_LIMITS.minLevel || level > QUESTION_LIMITS.maxLevel)) {
    errors.level = "The level is a whole number from 1 to 5.";
  }

  const options = type ? checkOptions(type, raw.options, errors) : [];

  if (!type || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    question: { type, prompt, explanation: explanation === "" ? null : explanation, points: points ?? 1, competencyId, level, options },
  };
}

/** True when two drafts would ask, score and tag exactly the same thing. */
export function isSameQuestion(a: QuestionDraft, b: QuestionDraft): boolean {
  return (
    a.type === b.type &&
    a.prompt === b.prompt &&
    (a.explanation ?? null) === (b.explanation ?? null) &&
    a.points === b.points &&
    a.competencyId === b.competencyId &&
    a.level === b.level &&
    a.options.length === b.options.length &&
    a.options.every((option, index) => option.label === b.options[index]?.label && option.isCorrect === b.options[index]?.isCorrect)
  );
}
