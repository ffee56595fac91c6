import "server-only";
import type { CurrentUser } from "@/lib/domain/roles";
import type { QuestionBankFilters } from "@/lib/domain/studio/question-bank-filters.schema";
import type { Difficulty } from "@/lib/domain/studio/question-difficulty";
import type { QuestionTypeName } from "@/lib/domain/studio/question-rules";
import { db } from "@/lib/server/db";
import { findBankCourse, type BankCourse } from "./question-bank-access";
import { loadQuestionDifficulty } from "./load-question-difficulty";
import { findQuestionUsage, isDeletable, isListedAnywhere, type QuestionUsage } from "./question-usage";

export type BankQuestion = {
  id: string;
  type: QuestionTypeName;
  prompt: string;
  explanation: string | null;
  points: number;
  competency: { id: string; name: string; code: string } | null;
  level: number | null;
  options: { id: string; label: string; isCorrect: boolean; position: number }[];
  /** This question replaced an earlier one that had been answered. */
  isReplacement: boolean;
  usage: QuestionUsage;
  isDeletable: boolean;
  difficulty: Difficulty;
};

/** Live questions per competency and level, so an author sees whether a RANDOM draw has enough. */
export type BankCountRow = { competencyId: string | null; name: string; byLevel: Record<"none" | 1 | 2 | 3 | 4 | 5, number>; total: number };

export type QuestionBank = {
  course: BankCourse;
  /** Live questions in the bank, before filters. */
  total: number;
  questions: BankQuestion[];
  counts: BankCountRow[];
};

/** The course's live bank as the user may see it (null when they may not), filtered as the URL says. */
export async function listQuestionBank(user: Pick<CurrentUser, "id" | "grants">, courseId: string, filters: QuestionBankFilters): Promise<QuestionBank | null> {
  const course = await findBankCourse(user, courseId);
  if (!course) return null;
  const rows = await db.question.findMany({
    where: { courseId: course.id, archivedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      type: true,
      prompt: true,
      explanation: true,
      points: true,
      level: true,
      replacesId: true,
      competency: { select: { id: true, name: true, code: true } },
      options: { orderBy: { position: "asc" }, select: { id: true, label: true, isCorrect: true, position: true } },
    },
  });
  const [usage, difficulty] = await Promise.all([
    findQuestionUsage(
      db,
      course.id,
      rows.map((row) => row.id),
    ),
    loadQuestionDifficulty(rows),
  ]);
  const questions = rows.map(({ replacesId, ...row }): BankQuestion => {
    const used = usage.get(row.id)!;
    return { ...row, isReplacement: replacesId !== null, usage: used, isDeletable: isDeletable(used), difficulty: difficulty.get(row.id)! };
  });
  return { course, total: questions.length, questions: questions.filter((question) => matches(question, filters)), counts: countByCompetency(questions) };
}

function matches(question: BankQuestion, filters: QuestionBankFilters): boolean {
  if (filters.type && question.type !== filters.type) return false;
  if (filters.competency === "none" && question.competency) return false;
  if (filters.competency && filters.competency !== "none" && question.competency?.id !== filters.competency) return false;
  if (filters.level && question.level !== filters.level) return false;
  if (filters.usage && (filters.usage === "used") !== isListedAnywhere(question.usage)) return false;
  if (filters.q) {
    const needle = filters.q.toLowerCase();
    const haystack = [question.prompt, question.explanation ?? "", ...question.options.map((option) => option.label)].join("\n").toLowerCase();
    if (!haystack.includes(needle)) return false;
  }
  return true;
}

function countByCompetency(questions: readonly BankQuestion[]): BankCountRow[] {
  const rows = new Map<string, BankCountRow>();
  for (const question of questions) {
    const key = question.competency?.id ?? "none";
    const row = rows.get(key) ?? {
      competencyId: question.competency?.id ?? null,
      name: question.competency?.name ?? "No competency",
      byLevel: { none: 0, 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
      total: 0,
    };
    const level = question.level as 1 | 2 | 3 | 4 | 5 | null;
    row.byLevel[level ?? "none"] += 1;
    row.total += 1;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => (a.competencyId === null ? 1 : b.competencyId === null ? -1 : a.name.localeCompare(b.name)));
}
