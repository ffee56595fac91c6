import { z } from "zod";
import { QUESTION_TYPES } from "./question-rules";

// The Questions tab's search and filters live in the URL; anything unreadable there is ignored
// rather than failing the page.

export const QUESTION_USAGE_FILTERS = ["used", "unused"] as const;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const blankToUndefined = (value: unknown) => (typeof first(value) === "string" && String(first(value)).trim() === "" ? undefined : first(value));

export const questionBankFiltersSchema = z.object({
  q: z.preprocess(first, z.string().trim().max(200).catch("")).default(""),
  type: z.preprocess(blankToUndefined, z.enum(QUESTION_TYPES).optional()).catch(undefined),
  /** A competency id, or "none" for untagged questions. */
  competency: z.preprocess(blankToUndefined, z.union([z.uuid(), z.literal("none")]).optional()).catch(undefined),
  level: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(5).optional()).catch(undefined),
  /** Listed by a live assessment or by the open version's fixed lists, or not. */
  usage: z.preprocess(blankToUndefined, z.enum(QUESTION_USAGE_FILTERS).optional()).catch(undefined),
});

export type QuestionBankFilters = z.output<typeof questionBankFiltersSchema>;

export function parseQuestionBankFilters(searchParams: Record<string, string | string[] | undefined>): QuestionBankFilters {
  return questionBankFiltersSchema.parse(searchParams);
}

export function hasActiveFilters(filters: QuestionBankFilters): boolean {
  return filters.q !== "" || filters.type !== undefined || filters.competency !== undefined || filters.level !== undefined || filters.usage !== undefined;
}
