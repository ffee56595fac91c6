import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OPTION_COLUMNS } from "@/lib/domain/studio/question-csv";
import { requirePermission } from "@/lib/server/auth/session";
import { findBankCourse } from "@/lib/server/studio/questions/question-bank-access";
import { BackLink } from "@/components/back-link";
import { BankHeading } from "../bank-heading";
import { SectionCard } from "@/components/section-card";
import { exportQuestionsHref, questionBankHref } from "../hrefs";
import { ImportForm } from "./import-form";
import { TEXT_LINK } from "@/components/ui-classes";

export const metadata: Metadata = { title: "Import questions" };

export default async function ImportQuestionsPage({ params }: { params: Promise<{ courseId: string }> }) {
  const user = await requirePermission("course:author");
  const course = await findBankCourse(user, (await params).courseId);
  if (!course?.canEdit) notFound();
  return (
    <div className="space-y-6">
      <BackLink href={questionBankHref(course.id)}>Question bank</BackLink>
      <BankHeading
        title="Import questions from CSV"
        description="The dry run shows what every row would do and every problem, and writes nothing. The import then writes the whole file in one go, or nothing: if any row is invalid, no question is imported."
      />
      <ImportForm courseId={course.id} />
      <SectionCard id="csv-format-heading" title="The file format" description="One row per question. An export of this bank is a valid import.">
        <div className="space-y-2 text-sm text-slate-800">
          <p className="break-words">
            Columns: <code>id</code>, <code>type</code>, <code>prompt</code>, <code>{OPTION_COLUMNS[0]}</code> … <code>{OPTION_COLUMNS.at(-1)}</code>, <code>correct</code>,{" "}
            <code>points</code>, <code>explanation</code>, <code>competency</code>, <code>level</code>. Only <code>type</code>, <code>prompt</code> and <code>correct</code> are required.
          </p>
          <ul className="list-disc space-y-1 pl-5">
            <li>
              <code>type</code>: SINGLE (one correct answer), MULTIPLE (several) or TRUE_FALSE.
            </li>
            <li>
              <code>correct</code>: the numbers of the correct options, separated by “;” (for example <code>1;3</code>); for TRUE_FALSE, <code>true</code> or <code>false</code>.
            </li>
            <li>
              <code>competency</code>: its code, external id or name; <code>level</code>: 1 to 5; <code>points</code>: 1 to 100 (1 when empty).
            </li>
            <li>
              <code>id</code>: leave it empty to add a question. A row carrying the id of one of this bank&apos;s questions edits that question; one learners have been asked is
              replaced, never changed.
            </li>
          </ul>
          <p>
            Start from{" "}
            <a href={exportQuestionsHref(course.id, "questions.csv")} className={TEXT_LINK} download>
              an export of this bank
            </a>
            .
          </p>
        </div>
      </SectionCard>
    </div>
  );
}
