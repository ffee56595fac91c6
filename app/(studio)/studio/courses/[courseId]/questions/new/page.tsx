import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/server/auth/session";
import { findBankCourse } from "@/lib/server/studio/questions/question-bank-access";
import { listQuestionCompetencies } from "@/lib/server/studio/questions/list-question-competencies";
import { BackLink } from "@/components/back-link";
import { BankHeading } from "../bank-heading";
import { questionBankHref } from "../hrefs";
import { EMPTY_QUESTION, QuestionForm } from "../question-form";

export const metadata: Metadata = { title: "New question" };

export default async function NewQuestionPage({ params }: { params: Promise<{ courseId: string }> }) {
  const user = await requirePermission("course:author");
  const course = await findBankCourse(user, (await params).courseId);
  if (!course?.canEdit) notFound();
  const competencies = await listQuestionCompetencies(course.id);
  return (
    <div className="space-y-6">
      <BackLink href={questionBankHref(course.id)}>Question bank</BackLink>
      <BankHeading title="New question" />
      <QuestionForm courseId={course.id} values={EMPTY_QUESTION} competencies={competencies} cancelHref={questionBankHref(course.id)} />
    </div>
  );
}
