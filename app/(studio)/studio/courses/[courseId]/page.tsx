import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isPermissionDeniedError } from "@/lib/domain/permissions";
import { UPLOAD_LIMITS } from "@/lib/domain/studio/upload-rules";
import { requirePermission } from "@/lib/server/auth/session";
import { getCourseEditor, type CourseEditorData } from "@/lib/server/studio/revisions/get-course-editor";
import { getCourseHeader } from "@/lib/server/studio/revisions/get-course-header";
import { listOpenReviewComments } from "@/lib/server/studio/review/list-open-review-comments";
import { LessonReviewComments } from "@/components/studio/lesson-review-comments";
import { COURSE_STATUS_LABELS } from "../course-status-badge";
import { studioCourseHref } from "../course-hrefs";
import { CourseEditor } from "./editor/course-editor";
import { RevisionBar } from "./revision-bar";
import { StartNextVersion } from "./start-next-version";

export const metadata: Metadata = { title: "Course editor" };

type Params = { params: Promise<{ courseId: string }> };

const READ_ONLY_REASONS: Partial<Record<string, string>> = {
  IN_REVIEW: "This version is with reviewers, so it cannot be changed now. Withdraw it from review to edit it again.",
  APPROVED: "This version has been approved and is being published, so it cannot be changed.",
};

export default async function CourseContentPage({ params }: Params) {
  const user = await requirePermission("course:author");
  const { courseId } = await params;
  let editor: CourseEditorData;
  try {
    editor = await getCourseEditor(user, courseId);
  } catch (error) {
    // Someone else's course and a course that does not exist look the same.
    if (isPermissionDeniedError(error)) notFound();
    throw error;
  }
  const { revision } = editor;

  if (!revision) {
    const header = await getCourseHeader(user, courseId);
    const liveVersion = header?.liveVersion ?? header?.latest?.number ?? 1;
    return (
      <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <h2 className="text-lg font-semibold text-navy-900">Version {liveVersion} is live</h2>
        <p className="max-w-prose text-slate-700">
          Learners see the published version, and it stays as it is. To change the course, start version {liveVersion + 1}: it begins as a copy of the live
          one, and learners see your changes only once it has been reviewed and published.
        </p>
        <StartNextVersion courseId={courseId} nextNumber={liveVersion + 1} />
      </div>
    );
  }

  const isEditable = revision.status === "DRAFT" || revision.status === "CHANGES_REQUESTED";
  const reviewComments = await listOpenReviewComments(user, courseId);
  return (
    <div className="space-y-5">
      {/* The version's review status with Submit / Withdraw (the review part of the studio). */}
      <RevisionBar courseId={courseId} />
      {isEditable ? null : (
        <p className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
          Version {revision.number} is {COURSE_STATUS_LABELS[revision.status].toLowerCase()}. {READ_ONLY_REASONS[revision.status] ?? "It cannot be changed."}
        </p>
      )}
      <LessonReviewComments comments={reviewComments.course} label="Reviewer comments on the course" />
      <CourseEditor
        // A new status (submitted, withdrawn) starts the editor afresh with the stored document.
        key={`${revision.id}:${revision.status}:${revision.editVersion}`}
        revisionId={revision.id}
        editVersion={revision.editVersion}
        savedAt={revision.savedAt.toISOString()}
        isEditable={isEditable}
        draft={revision.content}
        bank={editor.bank}
        competencies={editor.competencies}
        media={editor.media}
        uploadLimits={UPLOAD_LIMITS}
        questionsHref={studioCourseHref(courseId, "questions")}
        reviewComments={reviewComments.byLesson}
      />
    </div>
  );
}
