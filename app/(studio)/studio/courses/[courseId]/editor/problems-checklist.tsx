"use client";

import { CheckCircle2 } from "lucide-react";
import type { DraftProblem } from "@/lib/domain/studio/course-draft";
import { fieldId } from "./editor-context";

/** The nearest control for a problem's path: the field itself, or the card it belongs to. */
function focusTarget(path: string): HTMLElement | null {
  const parts = path.split(".");
  for (let length = parts.length; length > 0; length -= 1) {
    const element = document.getElementById(fieldId(parts.slice(0, length).join(".")));
    if (element) return element;
  }
  return null;
}

/** "Before you submit": what draftProblems finds, each with a link that opens and focuses the field. */
export function ProblemsChecklist({ problems, openLesson }: { problems: DraftProblem[]; openLesson: (key: string) => void }) {
  const go = (problem: DraftProblem) => {
    if (problem.lessonKey) openLesson(problem.lessonKey);
    // The lesson's fields render once it is open.
    setTimeout(() => {
      const target = focusTarget(problem.path);
      target?.scrollIntoView({ block: "center" });
      target?.focus();
    }, 50);
  };
  return (
    <section aria-labelledby="problems-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="problems-heading" className="text-lg font-semibold text-navy-900">
        Before you submit
      </h2>
      {problems.length === 0 ? (
        <p className="mt-2 flex items-center gap-2 text-sm text-green-800">
          <CheckCircle2 aria-hidden="true" className="size-4" /> Everything needed for review is in place.
        </p>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-700">
            {problems.length} {problems.length === 1 ? "thing" : "things"} to fix before this version can go to review:
          </p>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {problems.map((problem, index) => (
              <li key={`${problem.path}-${index}`}>
                <a
                  href={`#${fieldId(problem.path)}`}
                  className="font-semibold text-navy-700 underline underline-offset-2"
                  onClick={(event) => {
                    event.preventDefault();
                    go(problem);
                  }}
                >
                  {problem.message}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
