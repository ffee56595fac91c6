import { CheckCircle2, Circle, CircleCheck, XCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ResultQuestion } from "@/lib/server/assessment/get-attempt-result";

function Verdict({ question }: { question: ResultQuestion }) {
  const t = useTranslations("assessment.feedback");
  if (question.isCorrect) {
    return (
      <span className="inline-flex items-center gap-1 font-semibold text-green-800">
        <CheckCircle2 aria-hidden="true" className="size-4" /> {t("correct")}
      </span>
    );
  }
  return (
    <span className="inline-flex items-center gap-1 font-semibold text-red-800">
      <XCircle aria-hidden="true" className="size-4" /> {question.isAnswered ? t("incorrect") : t("notAnswered")}
    </span>
  );
}

/** One question after submission: the official's answer against the correct one, and why. */
export function QuestionFeedback({ question, index, total }: { question: ResultQuestion; index: number; total: number }) {
  const t = useTranslations("assessment");
  const headingId = `feedback-${question.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-sm font-semibold text-saffron-700">
          {t("questionOf", { number: index + 1, total })}
        </p>
        <p className="text-sm text-slate-700">
          <Verdict question={question} /> · {t("feedback.pointsAwarded", { awarded: question.pointsAwarded, points: question.points })}
        </p>
      </div>
      <h3 id={headingId} className="mt-1 text-base font-semibold whitespace-pre-line text-navy-900">
        {question.prompt}
      </h3>
      <ul className="mt-3 space-y-2">
        {question.options.map((option) => {
          const tone =
            option.isCorrect === true
              ? "border-green-300 bg-green-50"
              : option.isSelected && !question.isCorrect
                ? "border-red-300 bg-red-50"
                : "border-slate-200";
          return (
            <li key={option.id} className={`flex items-start gap-3 rounded-md border px-3 py-2 ${tone}`}>
              {option.isSelected ? (
                <CircleCheck aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-navy-800" />
              ) : (
                <Circle aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-slate-400" />
              )}
              <span className="min-w-0 flex-1 break-words">
                {option.label}
                {option.isSelected || option.isCorrect ? (
                  <span className="mt-1 flex flex-wrap gap-2 text-xs font-semibold">
                    {option.isSelected ? <span className="text-navy-800">{t("feedback.yourAnswer")}</span> : null}
                    {option.isCorrect ? <span className="text-green-800">{t("feedback.correctAnswer")}</span> : null}
                  </span>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
      {question.explanation ? (
        <div className="mt-3 rounded-md bg-slate-100 px-3 py-2 text-slate-800">
          <p className="text-sm font-semibold">{t("feedback.explanation")}</p>
          <p className="whitespace-pre-line">{question.explanation}</p>
        </div>
      ) : null}
    </article>
  );
}
