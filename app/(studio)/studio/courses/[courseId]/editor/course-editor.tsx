"use client";

import { useCallback, useMemo, useState } from "react";
import { COURSE_LANGUAGES, DELIVERY_MODES, DRAFT_LIMITS, draftProblems, type CourseDraft } from "@/lib/domain/studio/course-draft";
import type { BankQuestionOption, CompetencyOption, MediaSummary } from "@/lib/server/studio/revisions/get-course-editor";
import { CompetencyPicker } from "./competency-picker";
import { CourseOutlineEditor } from "./course-outline-editor";
import type { LessonCardShared } from "./lesson-card";
import { EditorContext } from "./editor-context";
import { NumberInput, SelectInput, TextArea, TextInput } from "./fields";
import { MarkdownField } from "./markdown-field";
import { MediaField, type UploadLimit } from "./media-field";
import { ProblemsChecklist } from "./problems-checklist";
import { SaveStatus } from "./save-status";
import { useAutosave } from "./use-autosave";
import { PRIMARY_BUTTON } from "@/components/ui-classes";

export type CourseEditorProps = {
  revisionId: string;
  editVersion: number;
  savedAt: string;
  isEditable: boolean;
  draft: CourseDraft;
  bank: BankQuestionOption[];
  competencies: CompetencyOption[];
  media: MediaSummary[];
  uploadLimits: Record<"VIDEO" | "PDF" | "IMAGE", UploadLimit>;
  questionsHref: string;
  /** Reviewers' open comments by lesson key (lib/server/studio/review/list-open-review-comments.ts). */
  reviewComments?: LessonCardShared["reviewComments"];
};

const LANGUAGE_LABELS = { EN: "English", HI: "Hindi" } as const;
const MODE_LABELS = { ONLINE: "Online, self-paced", BLENDED: "Blended (online and in person)", FACE_TO_FACE: "Face to face" } as const;

export function CourseEditor(props: CourseEditorProps) {
  const { draft, setDraft, state, flush, reloadLatest } = useAutosave(props.draft, {
    revisionId: props.revisionId,
    editVersion: props.editVersion,
    savedAt: useMemo(() => new Date(props.savedAt), [props.savedAt]),
    isEnabled: props.isEditable,
  });
  const isReadOnly = !props.isEditable || state.kind === "blocked";
  const [media, setMedia] = useState(() => new Map(props.media.map((asset) => [asset.id, asset])));
  const [openLessons, setOpenLessons] = useState<ReadonlySet<string>>(new Set());
  const toggleLesson = useCallback((key: string, isOpen?: boolean) => {
    setOpenLessons((current) => {
      const next = new Set(current);
      if (isOpen ?? !next.has(key)) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);
  const onUploaded = useCallback((asset: MediaSummary) => setMedia((current) => new Map(current).set(asset.id, asset)), []);
  const set = (patch: Partial<CourseDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const problems = useMemo(() => draftProblems(draft), [draft]);
  const fieldErrors = state.kind === "failed" ? state.fieldErrors : {};

  return (
    <EditorContext.Provider value={{ isReadOnly, fieldErrors }}>
      <div
        className="space-y-6"
        // Focus leaving a field is a natural pause: save now rather than after the delay.
        onBlur={flush}
      >
        <div className="sticky top-0 z-30 -mx-1 flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 bg-white/95 px-1 py-2">
          <SaveStatus state={state} />
          {props.isEditable && state.kind !== "blocked" ? <p className="text-sm text-slate-600">Changes save as you type.</p> : null}
        </div>

        {state.kind === "blocked" ? (
          <div role="alert" data-testid="stale-edit" className="space-y-3 rounded-lg border border-red-300 bg-red-50 p-4 text-red-900">
            <p className="font-semibold">{state.code === "STALE_EDIT" ? "Someone saved a newer copy of this course" : "This version can no longer be edited"}</p>
            <p className="text-sm">{state.message}</p>
            <p className="text-sm">Editing has stopped here so nothing is overwritten. Copy anything you want to keep from this page before reloading.</p>
            <button type="button" className={PRIMARY_BUTTON} onClick={reloadLatest}>
              Reload the latest
            </button>
          </div>
        ) : null}

        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start">
          <div className="min-w-0 space-y-6">
            <section aria-labelledby="details-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
              <h2 id="details-heading" className="text-lg font-semibold text-navy-900">
                Course details
              </h2>
              <div className="grid gap-4 sm:grid-cols-2">
                <TextInput path="title" label="Title" value={draft.title} maxLength={DRAFT_LIMITS.title} onChange={(title) => set({ title })} />
                <TextInput path="titleHi" label="Title in Hindi" optional lang="hi" value={draft.titleHi} maxLength={DRAFT_LIMITS.title} onChange={(titleHi) => set({ titleHi })} />
              </div>
              <TextArea path="summary" label="Summary" hint="One or two sentences for the catalogue card and the top of the course page." rows={3} value={draft.summary} maxLength={DRAFT_LIMITS.summary} onChange={(summary) => set({ summary })} />
              <MarkdownField path="description" label="Description" value={draft.description} maxLength={DRAFT_LIMITS.description} onChange={(description) => set({ description })} />
              <div className="grid gap-4 sm:grid-cols-3">
                <SelectInput path="language" label="Language" value={draft.language} options={COURSE_LANGUAGES.map((value) => ({ value, label: LANGUAGE_LABELS[value] }))} onChange={(language) => set({ language })} />
                <SelectInput path="mode" label="Delivery" value={draft.mode} options={DELIVERY_MODES.map((value) => ({ value, label: MODE_LABELS[value] }))} onChange={(mode) => set({ mode })} />
                <NumberInput path="durationMinutes" label="Duration" suffix="minutes" min={0} max={DRAFT_LIMITS.durationMinutes} value={draft.durationMinutes} onChange={(minutes) => set({ durationMinutes: minutes ?? 0 })} />
              </div>
              <MediaField
                path="thumbnailId"
                label="Thumbnail"
                kind="IMAGE"
                limit={props.uploadLimits.IMAGE}
                mediaId={draft.thumbnailId}
                known={media}
                onUploaded={(asset) => {
                  onUploaded(asset);
                  set({ thumbnailId: asset.id });
                }}
                onRemove={() => set({ thumbnailId: null })}
              />
              <CompetencyPicker tags={draft.competencies} competencies={props.competencies} onChange={(competencies) => set({ competencies })} />
            </section>

            <section aria-labelledby="outline-heading" className="space-y-4">
              <h2 id="outline-heading" className="text-lg font-semibold text-navy-900">
                Modules and lessons
              </h2>
              <CourseOutlineEditor
                draft={draft}
                setDraft={setDraft}
                openLessons={openLessons}
                toggleLesson={toggleLesson}
                bank={props.bank}
                competencies={props.competencies}
                media={media}
                uploadLimits={props.uploadLimits}
                questionsHref={props.questionsHref}
                onUploaded={onUploaded}
                reviewComments={props.reviewComments}
              />
            </section>
          </div>
          <div className="lg:sticky lg:top-14">
            <ProblemsChecklist problems={problems} openLesson={(key) => toggleLesson(key, true)} />
          </div>
        </div>
      </div>
    </EditorContext.Provider>
  );
}
