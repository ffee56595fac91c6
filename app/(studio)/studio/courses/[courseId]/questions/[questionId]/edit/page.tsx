import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Info } from "lucide-react";
import { requirePermission } from "@/lib/server/auth/session";
import { getQuestionForEdit } from "@/lib/server/studio/questions/get-question-for-edit";
import { listQuestionCompetencies } from "@/lib/server/studio/questions/list-question-competencies";
import { BackLink } from "@/components/back-link";
import { BankHeading } from "../../bank-heading";
import { questionBankHref } from "../../hrefs";
import { QuestionForm } from "../../question-form";

export const metadata: Metadata = { title: "Edit question" };

export default async function EditQuestionPage({ params }: { params: Promise<{ courseId: string; questionId: string }> }) {
  const user = await requirePermission("course:author");
  const found = await getQuestionForEdit(user, await params);
  if (!found) notFound();
  const { course, question } = found;
  const competencies = await listQuestionCompetencies(course.id);
  const listings = [...question.usage.liveAssessments, ...question.usage.draftAssessments];
  return (
    <div className="space-y-6">
      <BackLink href={questionBankHref(course.id)}>Question bank</BackLink>
      <BankHeading title="Edit question" />
      {question.usage.isAsked ? (
        <p className="flex items-start gap-2 rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200 ring-inset">
          <Info aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          <span>
            Learners have been asked this question, so it is never changed: saving makes a new question that replaces it
            {listings.length > 0 ? ` in ${listings.join(", ")}` : ""}, and the original is archived with its answers.
          </span>
        </p>
      ) : null}
      <QuestionForm
        courseId={course.id}
        values={{
          questionId: question.id,
          type: question.type,
          prompt: question.prompt,
          explanation: question.explanation ?? "",
          points: question.points,
          competencyId: question.competencyId ?? "",
          level: question.level ? String(question.level) : "",
          options: question.options,
        }}
        competencies={competencies}
        cancelHref={questionBankHref(course.id)}
      />
    </div>
  );
}
