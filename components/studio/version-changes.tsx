import { DETAIL_FIELDS, type CourseDraftDiff, type DetailField, type LessonField } from "@/lib/domain/studio/version-diff";

const DETAIL_LABELS: Record<DetailField, string> = {
  title: "title",
  titleHi: "Hindi title",
  summary: "summary",
  description: "description",
  language: "language",
  mode: "delivery mode",
  durationMinutes: "duration",
  thumbnailId: "thumbnail",
};

const LESSON_FIELD_LABELS: Record<LessonField, string> = {
  title: "title",
  type: "type",
  body: "text",
  media: "file",
  externalUrl: "link",
  duration: "duration",
  required: "required",
  assessment: "assessment",
};

/** A version's changes against the published course, for reviewers: what to read closely. */
export function VersionChanges({ diff }: { diff: CourseDraftDiff }) {
  const details = DETAIL_FIELDS.filter((field) => diff.details.includes(field)).map((field) => DETAIL_LABELS[field]);
  const competencyChanges = diff.competencies.added.length + diff.competencies.removed.length + diff.competencies.changed.length;
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800">
      {details.length > 0 ? <li>Course details changed: {details.join(", ")}.</li> : null}
      {competencyChanges > 0 ? (
        <li>
          Competencies: {diff.competencies.added.length} added, {diff.competencies.removed.length} removed, {diff.competencies.changed.length} at a new level.
        </li>
      ) : null}
      {diff.modules.added.map((module) => (
        <li key={`module-added-${module.key}`}>New module “{module.title}”.</li>
      ))}
      {diff.modules.renamed.map((module) => (
        <li key={`module-renamed-${module.key}`}>
          Module “{module.previousTitle}” renamed “{module.title}”.
        </li>
      ))}
      {diff.modules.removed.map((module) => (
        <li key={`module-removed-${module.key}`}>Module “{module.title}” removed.</li>
      ))}
      {diff.lessons.added.map((lesson) => (
        <li key={`lesson-added-${lesson.key}`}>
          New lesson “{lesson.title}” in {lesson.moduleTitle}.
        </li>
      ))}
      {diff.lessons.changed.map((lesson) => (
        <li key={`lesson-changed-${lesson.key}`}>
          “{lesson.title}” changed: {lesson.fields.map((field) => LESSON_FIELD_LABELS[field]).join(", ")}.
        </li>
      ))}
      {diff.lessons.removed.map((lesson) => (
        <li key={`lesson-removed-${lesson.key}`}>
          Lesson “{lesson.title}” removed (learners keep their progress on record).
        </li>
      ))}
    </ul>
  );
}
