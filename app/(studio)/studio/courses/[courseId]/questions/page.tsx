import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CircleCheck, Download, FileUp, ListChecks, Plus } from "lucide-react";
import { hasActiveFilters, parseQuestionBankFilters } from "@/lib/domain/studio/question-bank-filters.schema";
import { DIFFICULTY_RULE_TEXT } from "@/lib/domain/studio/question-difficulty";
import { requirePermission } from "@/lib/server/auth/session";
import { listQuestionBank } from "@/lib/server/studio/questions/list-question-bank";
import { listQuestionCompetencies } from "@/lib/server/studio/questions/list-question-competencies";
import { EmptyState } from "@/components/empty-state";
import { SectionCard } from "@/components/section-card";
import { BankCounts } from "./bank-counts";
import { BankHeading } from "./bank-heading";
import { BankFilters } from "./bank-filters";
import { exportQuestionsHref, importQuestionsHref, newQuestionHref, questionBankHref, type BankNotice } from "./hrefs";
import { QuestionCard } from "./question-card";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/ui-classes";

export const metadata: Metadata = { title: "Question bank" };

const NOTICES: Record<BankNotice, string> = {
  added: "Question added to the bank.",
  saved: "Question saved.",
  replaced: "Saved as a new question: learners had been asked the old one, so it is archived with their answers and the assessments now list the new one.",
  deleted: "Question deleted.",
  archived: "Question archived. It stays on record with its answers and no longer appears in the bank or in random draws.",
  imported: "The CSV file was imported.",
};

type PageProps = { params: Promise<{ courseId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function QuestionBankPage({ params, searchParams }: PageProps) {
  const user = await requirePermission("studio:access");
  const [{ courseId }, query] = await Promise.all([params, searchParams]);
  const filters = parseQuestionBankFilters(query);
  const bank = await listQuestionBank(user, courseId, filters);
  if (!bank) notFound();
  const competencies = await listQuestionCompetencies(bank.course.id);
  const { course } = bank;
  const notice = typeof query.notice === "string" && query.notice in NOTICES ? NOTICES[query.notice as BankNotice] : null;
  const isFiltered = hasActiveFilters(filters);
  const filterCompetencies = competencies.filter((competency) => competency.isCourseTagged || bank.counts.some((row) => row.competencyId === competency.id));

  return (
    <div className="space-y-6">
      <BankHeading
        title="Question bank"
        description={
          course.canEdit
            ? "Questions the course's assessments ask: a fixed list, or a fresh random draw for each attempt. A question learners have answered is never changed: saving an edit makes a new question that replaces it."
            : "The questions this course's assessments ask. You can read the bank because a version of the course was routed to you for review."
        }
        actions={
          course.canEdit ? (
            <div className="flex flex-wrap gap-2">
              <Link href={newQuestionHref(course.id)} className={PRIMARY_BUTTON}>
                <Plus aria-hidden="true" className="size-4" /> New question
              </Link>
              <Link href={importQuestionsHref(course.id)} className={SECONDARY_BUTTON}>
                <FileUp aria-hidden="true" className="size-4" /> Import CSV
              </Link>
            </div>
          ) : null
        }
      />

      {notice ? (
        <p role="status" className="flex items-start gap-2 rounded-md bg-green-50 p-3 text-sm font-semibold text-green-900 ring-1 ring-green-200 ring-inset">
          <CircleCheck aria-hidden="true" className="mt-0.5 size-4 shrink-0" /> {notice}
        </p>
      ) : null}

      <SectionCard
        id="bank-counts-heading"
        title="Questions by competency and level"
        description="A random draw limited to a competency and level can ask at most the questions in its cell."
      >
        {bank.total === 0 ? <p className="text-sm text-slate-700">The bank is empty.</p> : <BankCounts rows={bank.counts} />}
      </SectionCard>

      <SectionCard
        id="bank-questions-heading"
        title={isFiltered ? `Questions (${bank.questions.length} of ${bank.total})` : `Questions (${bank.total})`}
        description={<>Difficulty: {DIFFICULTY_RULE_TEXT}</>}
      >
        <div className="space-y-4">
          <BankFilters action={questionBankHref(course.id)} filters={filters} competencies={filterCompetencies} isFiltered={isFiltered} />
          <div className="flex flex-wrap gap-2">
            <a href={exportQuestionsHref(course.id, "questions.csv")} className={SECONDARY_BUTTON} download>
              <Download aria-hidden="true" className="size-4" /> Export questions (CSV)
            </a>
            <a href={exportQuestionsHref(course.id, "difficulty.csv")} className={SECONDARY_BUTTON} download>
              <Download aria-hidden="true" className="size-4" /> Export difficulty (CSV)
            </a>
          </div>
          {bank.questions.length === 0 ? (
            <EmptyState title={isFiltered ? "No question matches these filters" : "No questions yet"} icon={<ListChecks className="size-10" />}>
              {isFiltered ? "Change or clear the filters to see more." : course.canEdit ? "Add questions one by one, or import a CSV file of them." : "The authors have not added questions yet."}
            </EmptyState>
          ) : (
            <ol className="space-y-3" aria-label="Questions">
              {bank.questions.map((question, index) => (
                <li key={question.id}>
                  <QuestionCard question={question} number={index + 1} courseId={course.id} canEdit={course.canEdit} />
                </li>
              ))}
            </ol>
          )}
        </div>
      </SectionCard>
    </div>
  );
}
