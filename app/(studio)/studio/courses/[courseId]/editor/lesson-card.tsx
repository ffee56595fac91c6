"use client";

import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { ArrowDown, ArrowUp, BookOpen, ChevronDown, ChevronRight, ClipboardCheck, ExternalLink, FileText, GripVertical, Video, type LucideIcon } from "lucide-react";
import { DRAFT_LIMITS, type LessonDraft, type LessonTypeName } from "@/lib/domain/studio/course-draft";
import type { BankQuestionOption, CompetencyOption, MediaSummary } from "@/lib/server/studio/revisions/get-course-editor";
import type { OpenReviewComment } from "@/lib/server/studio/review/list-open-review-comments";
import { LessonReviewComments } from "@/components/studio/lesson-review-comments";
import { AssessmentFields } from "./assessment-fields";
import { ConfirmRemove } from "./confirm-remove";
import { fieldId, useIsReadOnly } from "./editor-context";
import { CheckboxInput, NumberInput, TextInput } from "./fields";
import { MarkdownField } from "./markdown-field";
import { MediaField, type UploadLimit } from "./media-field";
import { SMALL_BUTTON } from "@/components/ui-classes";

export const LESSON_TYPE_LABELS: Record<LessonTypeName, string> = { TEXT: "Text", VIDEO: "Video", PDF: "PDF", LINK: "Link", ASSESSMENT: "Assessment" };
const ICONS: Record<LessonTypeName, LucideIcon> = { TEXT: BookOpen, VIDEO: Video, PDF: FileText, LINK: ExternalLink, ASSESSMENT: ClipboardCheck };

export type LessonCardShared = {
  bank: BankQuestionOption[];
  competencies: CompetencyOption[];
  media: ReadonlyMap<string, MediaSummary>;
  uploadLimits: Record<"VIDEO" | "PDF" | "IMAGE", UploadLimit>;
  questionsHref: string;
  onUploaded: (asset: MediaSummary) => void;
  /** Reviewers' open comments by lesson key, shown on the lesson they are about. */
  reviewComments?: Readonly<Record<string, readonly OpenReviewComment[]>>;
};

type LessonCardProps = LessonCardShared & {
  lesson: LessonDraft;
  path: string;
  number: string;
  isOpen: boolean;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onToggle: () => void;
  onMove: (direction: -1 | 1) => void;
  onRemove: () => void;
  onChange: (lesson: LessonDraft) => void;
};

export function lessonName(lesson: LessonDraft, number: string): string {
  return lesson.title.trim() || `Untitled lesson ${number}`;
}

export function LessonCard(props: LessonCardProps) {
  const { lesson, path, number, isOpen } = props;
  const isReadOnly = useIsReadOnly();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: `lesson:${lesson.key}`, disabled: isReadOnly });
  const Icon = ICONS[lesson.type];
  const name = lessonName(lesson, number);
  // Not "-body": fieldId(`${path}.body`) is the text lesson's own textarea, which its label and
  // the problems checklist point at.
  const bodyId = `${fieldId(path)}-fields`;
  return (
    <li ref={setNodeRef} style={{ transform: CSS.Translate.toString(transform), transition }} className={`rounded-md border bg-white ${isDragging ? "relative z-10 border-navy-500 shadow-lg" : "border-slate-300"}`}>
      <div id={fieldId(`${path}.key`)} tabIndex={-1} className="flex flex-wrap items-center gap-2 p-2">
        {isReadOnly ? null : (
          <button type="button" ref={setActivatorNodeRef} {...attributes} {...listeners} aria-label={`Drag lesson ${number}: ${name}`} className={`${SMALL_BUTTON} cursor-grab touch-none`}>
            <GripVertical aria-hidden="true" className="size-4" />
          </button>
        )}
        <button type="button" aria-expanded={isOpen} aria-controls={bodyId} onClick={props.onToggle} className="flex min-h-11 min-w-0 flex-1 basis-40 items-center gap-2 rounded-md px-1 text-left hover:bg-slate-50">
          {isOpen ? <ChevronDown aria-hidden="true" className="size-4 shrink-0" /> : <ChevronRight aria-hidden="true" className="size-4 shrink-0" />}
          <Icon aria-hidden="true" className="size-4 shrink-0 text-navy-600" />
          <span className="min-w-0">
            <span className="block truncate font-semibold text-navy-900">
              {number} {name}
            </span>
            <span className="block text-xs text-slate-600">{LESSON_TYPE_LABELS[lesson.type]}{lesson.isRequired ? "" : " · optional"}</span>
          </span>
        </button>
        {isReadOnly ? null : (
          <span className="flex flex-wrap gap-1">
            <button type="button" className={SMALL_BUTTON} disabled={!props.canMoveUp} onClick={() => props.onMove(-1)} aria-label={`Move lesson ${number} up`}>
              <ArrowUp aria-hidden="true" className="size-4" />
            </button>
            <button type="button" className={SMALL_BUTTON} disabled={!props.canMoveDown} onClick={() => props.onMove(1)} aria-label={`Move lesson ${number} down`}>
              <ArrowDown aria-hidden="true" className="size-4" />
            </button>
          </span>
        )}
      </div>
      {props.reviewComments?.[lesson.key]?.length ? (
        <div className="px-2 pb-2">
          <LessonReviewComments comments={props.reviewComments[lesson.key]} />
        </div>
      ) : null}
      <div id={bodyId} hidden={!isOpen} className="space-y-4 border-t border-slate-200 p-3 sm:p-4">
        {isOpen ? <LessonFields {...props} /> : null}
        {isOpen && !isReadOnly ? (
          <div className="border-t border-slate-200 pt-3">
            <ConfirmRemove label="Remove lesson" title={`Remove “${name}”?`} onConfirm={props.onRemove}>
              <p>It disappears from this version at once.</p>
              <p>If learners have already used this lesson in the published course, it is archived for them — their progress and records stay — when this version is published. It is never deleted.</p>
            </ConfirmRemove>
          </div>
        ) : null}
      </div>
    </li>
  );
}

function LessonFields({ lesson, path, onChange, ...shared }: LessonCardProps) {
  const set = (patch: Partial<LessonDraft>) => onChange({ ...lesson, ...patch } as LessonDraft);
  return (
    <>
      <TextInput path={`${path}.title`} label="Lesson title" value={lesson.title} maxLength={DRAFT_LIMITS.title} onChange={(title) => set({ title })} />
      <div className="grid gap-4 sm:grid-cols-2">
        {lesson.type === "ASSESSMENT" ? null : (
          <NumberInput
            path={`${path}.durationSeconds`}
            label="Time it takes"
            suffix="minutes"
            min={0}
            max={DRAFT_LIMITS.lessonSeconds / 60}
            value={Math.round(lesson.durationSeconds / 60)}
            onChange={(minutes) => set({ durationSeconds: (minutes ?? 0) * 60 })}
          />
        )}
        <CheckboxInput path={`${path}.isRequired`} label="Required to complete the course" checked={lesson.isRequired} onChange={(isRequired) => set({ isRequired })} />
      </div>
      {lesson.type === "TEXT" ? <MarkdownField path={`${path}.body`} label="Text" value={lesson.body} maxLength={DRAFT_LIMITS.lessonBody} rows={12} onChange={(body) => set({ body })} /> : null}
      {lesson.type === "VIDEO" || lesson.type === "PDF" ? (
        <MediaField
          path={`${path}.mediaId`}
          label={lesson.type === "VIDEO" ? "Video file" : "PDF file"}
          kind={lesson.type}
          limit={shared.uploadLimits[lesson.type]}
          mediaId={lesson.mediaId}
          known={shared.media}
          onUploaded={(asset) => {
            shared.onUploaded(asset);
            set({ mediaId: asset.id });
          }}
        />
      ) : null}
      {lesson.type === "LINK" ? (
        <TextInput path={`${path}.externalUrl`} type="url" label="Web address" hint="Starting with https://. It opens in a new tab; the lesson completes when the learner opens it." value={lesson.externalUrl} maxLength={2000} onChange={(externalUrl) => set({ externalUrl })} />
      ) : null}
      {lesson.type === "ASSESSMENT" ? (
        <AssessmentFields
          path={`${path}.assessment`}
          assessment={lesson.assessment}
          bank={shared.bank}
          competencies={shared.competencies}
          questionsHref={shared.questionsHref}
          onChange={(assessment) => set({ assessment })}
        />
      ) : null}
    </>
  );
}
