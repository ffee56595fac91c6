import "server-only";
import type { CurrentUser } from "@/lib/domain/roles";
import { parseQuestionCsv, type CsvRowError } from "@/lib/domain/studio/question-csv";
import { competencyLookup, isSameQuestion } from "@/lib/domain/studio/question-rules";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { listQuestionCompetencies } from "./list-question-competencies";
import { requireEditableBankCourse } from "./question-bank-access";
import { findQuestionUsage } from "./question-usage";
import { applyQuestionEdit, insertQuestions, loadStoredQuestions, lockQuestionBank, questionRows, type StoredQuestion } from "./write-question";

export type ImportRowOutcome = "CREATE" | "UPDATE" | "REPLACE" | "UNCHANGED" | "INVALID";

export type ImportRowReport = { row: number; outcome: ImportRowOutcome; prompt: string; errors: CsvRowError[] };

export type QuestionImportReport = {
  fileErrors: string[];
  unknownColumns: string[];
  rows: ImportRowReport[];
  counts: Record<ImportRowOutcome, number>;
  /** Nothing stands in the way of importing the file as it is. */
  isValid: boolean;
};

type Tx = typeof db | Prisma.TransactionClient;

type Plan = {
  report: QuestionImportReport;
  creations: ReturnType<typeof questionRows>[];
  edits: { current: StoredQuestion; draft: StoredQuestion }[];
};

/**
 * Decides what each row would do: add a question (no id), edit one (an id of a live question of
 * this bank; by a replacement when attempts have asked it), nothing (an unchanged export row), or
 * nothing at all because the row is invalid.
 */
async function planImport(tx: Tx, courseId: string, text: string): Promise<Plan> {
  const parsed = parseQuestionCsv(text, competencyLookup(await listQuestionCompetencies(courseId)));
  const ids = parsed.rows.flatMap((row) => (row.id ? [row.id.toLowerCase()] : []));
  const live = ids.length === 0 ? [] : await tx.question.findMany({ where: { id: { in: ids }, courseId, archivedAt: null }, select: { id: true } });
  const liveIds = new Set(live.map((row) => row.id));
  const [stored, usage] = await Promise.all([loadStoredQuestions(tx, [...liveIds]), findQuestionUsage(tx, courseId, [...liveIds])]);
  const storedById = new Map(stored.map((question) => [question.id, question]));

  const creations: Plan["creations"] = [];
  const edits: Plan["edits"] = [];
  const rows = parsed.rows.map((row): ImportRowReport => {
    if (!row.ok) return { row: row.row, outcome: "INVALID", prompt: row.prompt, errors: row.errors };
    const id = row.id?.toLowerCase() ?? null;
    if (id === null) {
      creations.push(questionRows(courseId, row.question));
      return { row: row.row, outcome: "CREATE", prompt: row.question.prompt, errors: [] };
    }
    const current = storedById.get(id);
    if (!current) {
      const error = { column: "id", message: "No live question of this course's bank has this id; clear the id to add the row as a new question." };
      return { row: row.row, outcome: "INVALID", prompt: row.question.prompt, errors: [error] };
    }
    if (isSameQuestion(current, row.question)) return { row: row.row, outcome: "UNCHANGED", prompt: row.question.prompt, errors: [] };
    edits.push({ current, draft: { ...row.question, id } });
    return { row: row.row, outcome: usage.get(id)?.isAsked ? "REPLACE" : "UPDATE", prompt: row.question.prompt, errors: [] };
  });
  const counts: Record<ImportRowOutcome, number> = { CREATE: 0, UPDATE: 0, REPLACE: 0, UNCHANGED: 0, INVALID: 0 };
  for (const row of rows) counts[row.outcome] += 1;
  const isValid = parsed.fileErrors.length === 0 && counts.INVALID === 0;
  return { report: { fileErrors: parsed.fileErrors, unknownColumns: parsed.unknownColumns, rows, counts, isValid }, creations, edits };
}

/** The dry run: every row's outcome and every problem; nothing is written. */
export async function previewQuestionImport(user: Pick<CurrentUser, "id" | "grants">, input: { courseId: string; text: string }): Promise<QuestionImportReport> {
  const course = await requireEditableBankCourse(user, input.courseId);
  return (await planImport(db, course.id, input.text)).report;
}

export type ApplyImportResult = { status: "APPLIED" | "INVALID"; report: QuestionImportReport };

/**
 * Imports the file in one transaction, all or nothing: the plan is made again under the bank's
 * lock, and a single invalid row means nothing is written.
 */
export async function applyQuestionImport(
  user: Pick<CurrentUser, "id" | "grants">,
  input: { courseId: string; text: string },
  now: Date = new Date(),
): Promise<ApplyImportResult> {
  const course = await requireEditableBankCourse(user, input.courseId);
  return db.$transaction(
    async (tx) => {
      await lockQuestionBank(tx, course.id);
      const plan = await planImport(tx, course.id, input.text);
      if (!plan.report.isValid) return { status: "INVALID", report: plan.report };
      await insertQuestions(tx, plan.creations);
      if (plan.edits.length > 0) {
        const usage = await findQuestionUsage(
          tx,
          course.id,
          plan.edits.map((edit) => edit.current.id),
        );
        for (const edit of plan.edits) {
          await applyQuestionEdit(tx, { courseId: course.id, current: edit.current, draft: edit.draft, usage: usage.get(edit.current.id)!, now });
        }
      }
      return { status: "APPLIED", report: plan.report };
    },
    { timeout: 60_000 },
  );
}
