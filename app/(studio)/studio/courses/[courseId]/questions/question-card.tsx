import Link from "next/link";
import { Check, Flag, Pencil } from "lucide-react";
import { QUESTION_TYPE_LABELS } from "@/lib/domain/studio/question-rules";
import type { BankQuestion } from "@/lib/server/studio/questions/list-question-bank";
import { StatusBadge } from "@/components/status-badge";
import { editQuestionHref } from "./hrefs";
import { RemoveQuestionButton } from "./remove-question-button";
import { SECONDARY_BUTTON } from "@/components/ui-classes";

function usageText(question: BankQuestion): string {
  const { liveAssessments, draftAssessments } = question.usage;
  const parts = [
    liveAssessments.length > 0 ? `live in ${liveAssessments.join(", ")}` : null,
    draftAssessments.length > 0 ? `listed in the draft's ${draftAssessments.join(", ")}` : null,
  ].filter(Boolean);
  return parts.length > 0 ? `Used: ${parts.join("; ")}.` : "Not listed in any assessment (random draws may still ask it).";
}

export function QuestionCard({ question, number, courseId, canEdit }: { question: BankQuestion; number: number; courseId: string; canEdit: boolean }) {
  const { difficulty } = question;
  const headingId = `question-${question.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm font-semibold text-slate-600">Question {number}</span>
        <StatusBadge tone="navy">{QUESTION_TYPE_LABELS[question.type]}</StatusBadge>
        <StatusBadge>
          {question.points} {question.points === 1 ? "point" : "points"}
        </StatusBadge>
        {question.competency ? (
          <StatusBadge tone="green">
            {question.competency.name}
            {question.level ? ` · level ${question.level}` : ""}
          </StatusBadge>
        ) : question.level ? (
          <StatusBadge tone="green">Level {question.level}</StatusBadge>
        ) : null}
        {question.isReplacement ? <StatusBadge tone="amber">Replaces an answered version</StatusBadge> : null}
      </div>
      <h3 id={headingId} className="mt-2 font-semibold break-words whitespace-pre-line text-navy-900">
        {question.prompt}
      </h3>
      <ol className="mt-2 space-y-1 text-sm">
        {question.options.map((option, index) => (
          <li key={option.id} className={`flex items-start gap-2 break-words ${option.isCorrect ? "font-semibold text-green-800" : "text-slate-700"}`}>
            <span className="w-5 shrink-0 text-right tabular-nums">{index + 1}.</span>
            <span className="min-w-0">
              {option.label}
              {option.isCorrect ? (
                <span className="ml-1 inline-flex items-center gap-0.5">
                  <Check aria-hidden="true" className="size-4" /> correct
                </span>
              ) : null}
            </span>
          </li>
        ))}
      </ol>
      {question.explanation ? <p className="mt-2 text-sm break-words whitespace-pre-line text-slate-700">Explanation: {question.explanation}</p> : null}
      <p className="mt-2 text-sm text-slate-600">{usageText(question)}</p>
      <p className="mt-1 text-sm text-slate-700">
        {difficulty.answered === 0
          ? "Not answered yet."
          : `Answered ${difficulty.answered.toLocaleString("en-IN")} ${difficulty.answered === 1 ? "time" : "times"}, ${difficulty.percentCorrect} % correctly.`}
      </p>
      {difficulty.flags.length > 0 ? (
        <ul className="mt-2 space-y-1 rounded-md bg-amber-50 p-2 text-sm text-amber-900 ring-1 ring-amber-200 ring-inset">
          {difficulty.flags.map((flag) => (
            <li key={flag.code} className="flex items-start gap-2">
              <Flag aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
              <span>
                <span className="sr-only">Flag: </span>
                {flag.message}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {canEdit ? (
        <div className="mt-3 flex flex-wrap gap-2">
          <Link href={editQuestionHref(courseId, question.id)} className={SECONDARY_BUTTON}>
            <Pencil aria-hidden="true" className="size-4" /> Edit<span className="sr-only"> question {number}</span>
          </Link>
          <RemoveQuestionButton courseId={courseId} questionId={question.id} isDeletable={question.isDeletable} questionNumber={number} />
        </div>
      ) : null}
    </article>
  );
}
