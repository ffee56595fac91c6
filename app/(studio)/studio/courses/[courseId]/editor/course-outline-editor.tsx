"use client";

import { useState } from "react";
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type UniqueIdentifier,
} from "@dnd-kit/core";
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { ArrowDown, ArrowUp, GripVertical, Plus } from "lucide-react";
import { DRAFT_LIMITS, LESSON_TYPES, type CourseDraft, type LessonTypeName, type ModuleDraft } from "@/lib/domain/studio/course-draft";
import {
  addLesson,
  addModule,
  canStepLesson,
  findLesson,
  findModuleIndex,
  moveLesson,
  moveModule,
  newLesson,
  newModule,
  removeLesson,
  removeModule,
  stepLesson,
  updateLesson,
  updateModule,
} from "@/lib/domain/studio/draft-edits";
import { ConfirmRemove } from "./confirm-remove";
import { fieldId, useIsReadOnly } from "./editor-context";
import { TextInput } from "./fields";
import { LESSON_TYPE_LABELS, LessonCard, lessonName, type LessonCardShared } from "./lesson-card";
import { CONTROL, SECONDARY_BUTTON, SMALL_BUTTON } from "@/components/ui-classes";

type OutlineProps = LessonCardShared & {
  draft: CourseDraft;
  setDraft: (change: (draft: CourseDraft) => CourseDraft) => void;
  openLessons: ReadonlySet<string>;
  toggleLesson: (key: string, isOpen?: boolean) => void;
};

// Sortable ids carry what they are, so a module is only ever dropped among modules and a lesson
// among lessons (or into a module's list, which may be empty).
const moduleId = (key: string) => `module:${key}`;
const lessonId = (key: string) => `lesson:${key}`;
const listId = (key: string) => `list:${key}`;
const parse = (id: UniqueIdentifier) => {
  const [kind = "", key = ""] = String(id).split(":");
  return { kind, key };
};

const sameKindOnly: CollisionDetection = (args) => {
  const activeKind = parse(args.active.id).kind;
  const droppableContainers = args.droppableContainers.filter((container) => {
    const kind = parse(container.id).kind;
    return activeKind === "module" ? kind === "module" : kind === "lesson" || kind === "list";
  });
  return closestCenter({ ...args, droppableContainers });
};

export function CourseOutlineEditor({ draft, setDraft, openLessons, toggleLesson, ...shared }: OutlineProps) {
  const isReadOnly = useIsReadOnly();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));

  const describe = (id: UniqueIdentifier | undefined): string => {
    if (id === undefined) return "nowhere";
    const { kind, key } = parse(id);
    if (kind === "module" || kind === "list") {
      const index = findModuleIndex(draft, key);
      return `module ${index + 1}, ${draft.modules[index]?.title || "untitled"}`;
    }
    const found = findLesson(draft, key);
    if (!found) return "a lesson";
    return `lesson ${found.lessonIndex + 1} of module ${found.moduleIndex + 1}, ${lessonName(found.lesson, `${found.moduleIndex + 1}.${found.lessonIndex + 1}`)}`;
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${describe(active.id)}. Use the arrow keys to move it, Space to drop it, Escape to cancel.`,
    onDragOver: ({ active, over }) => (over ? `${describe(active.id)} is over ${describe(over.id)}.` : `${describe(active.id)} is no longer over a place it can go.`),
    onDragEnd: ({ active, over }) => (over ? `Dropped. It is now ${describe(active.id)}.` : "Dropped where it started."),
    onDragCancel: ({ active }) => `Moving cancelled. ${describe(active.id)} is back where it was.`,
  };

  // A lesson crossing into another module moves there while it is dragged, so the lists make room.
  const onDragOver = ({ active, over }: DragOverEvent) => {
    if (!over) return;
    const dragged = parse(active.id);
    const target = parse(over.id);
    if (dragged.kind !== "lesson") return;
    setDraft((current) => {
      const from = findLesson(current, dragged.key);
      if (!from) return current;
      if (target.kind === "list") {
        const moduleIndex = findModuleIndex(current, target.key);
        return moduleIndex === from.moduleIndex ? current : moveLesson(current, dragged.key, target.key, Number.MAX_SAFE_INTEGER);
      }
      const to = target.kind === "lesson" ? findLesson(current, target.key) : null;
      if (!to || to.moduleIndex === from.moduleIndex) return current;
      const toModule = current.modules[to.moduleIndex];
      return toModule ? moveLesson(current, dragged.key, toModule.key, to.lessonIndex) : current;
    });
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over) return;
    const dragged = parse(active.id);
    const target = parse(over.id);
    if (dragged.kind === "module" && target.kind === "module") {
      setDraft((current) => moveModule(current, dragged.key, findModuleIndex(current, target.key)));
    } else if (dragged.kind === "lesson" && target.kind === "lesson") {
      setDraft((current) => {
        const from = findLesson(current, dragged.key);
        const to = findLesson(current, target.key);
        const toModule = to ? current.modules[to.moduleIndex] : undefined;
        return from && to && toModule ? moveLesson(current, dragged.key, toModule.key, to.lessonIndex) : current;
      });
    }
  };

  return (
    <div className="space-y-4">
      <DndContext
        sensors={sensors}
        collisionDetection={sameKindOnly}
        onDragOver={onDragOver}
        onDragEnd={onDragEnd}
        accessibility={{
          announcements,
          screenReaderInstructions: { draggable: "To pick up a module or lesson, press Space or Enter. Move it with the arrow keys, press Space or Enter again to drop it, or Escape to cancel. The Move up and Move down buttons do the same one step at a time." },
        }}
      >
        <SortableContext items={draft.modules.map((module) => moduleId(module.key))} strategy={verticalListSortingStrategy}>
          <ol className="space-y-4">
            {draft.modules.map((module, moduleIndex) => (
              <ModuleCard
                key={module.key}
                module={module}
                moduleIndex={moduleIndex}
                moduleCount={draft.modules.length}
                draft={draft}
                setDraft={setDraft}
                openLessons={openLessons}
                toggleLesson={toggleLesson}
                {...shared}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      {isReadOnly ? null : (
        <button
          id={fieldId("modules")}
          type="button"
          className={SECONDARY_BUTTON}
          disabled={draft.modules.length >= DRAFT_LIMITS.modules}
          onClick={() => {
            const created = newModule();
            setDraft((current) => addModule(current, created));
            setTimeout(() => document.getElementById(fieldId(`modules.${draft.modules.length}.title`))?.focus(), 50);
          }}
        >
          <Plus aria-hidden="true" className="size-4" /> Add module
        </button>
      )}
    </div>
  );
}

type ModuleCardProps = Omit<OutlineProps, "draft"> & { draft: CourseDraft; module: ModuleDraft; moduleIndex: number; moduleCount: number };

function ModuleCard({ module, moduleIndex, moduleCount, draft, setDraft, openLessons, toggleLesson, ...shared }: ModuleCardProps) {
  const isReadOnly = useIsReadOnly();
  const [typeToAdd, setTypeToAdd] = useState<LessonTypeName>("TEXT");
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: moduleId(module.key), disabled: isReadOnly });
  const { setNodeRef: setListRef } = useDroppable({ id: listId(module.key), disabled: isReadOnly });
  const path = `modules.${moduleIndex}`;
  const name = module.title.trim() || "Untitled module";
  const headingId = `${fieldId(path)}-heading`;
  return (
    <li ref={setNodeRef} style={{ transform: CSS.Translate.toString(transform), transition }} className={`rounded-lg border bg-slate-50 p-3 sm:p-4 ${isDragging ? "relative z-20 border-navy-500 shadow-lg" : "border-slate-200"}`}>
      <section aria-labelledby={headingId} className="space-y-3">
        <div id={fieldId(`${path}.key`)} tabIndex={-1} className="flex flex-wrap items-center gap-2">
          {isReadOnly ? null : (
            <button type="button" ref={setActivatorNodeRef} {...attributes} {...listeners} aria-label={`Drag module ${moduleIndex + 1}: ${name}`} className={`${SMALL_BUTTON} cursor-grab touch-none`}>
              <GripVertical aria-hidden="true" className="size-4" />
            </button>
          )}
          <h3 id={headingId} className="min-w-0 flex-1 basis-40 truncate text-lg font-semibold text-navy-900">
            Module {moduleIndex + 1}: {name}
          </h3>
          {isReadOnly ? null : (
            <span className="flex gap-1">
              <button type="button" className={SMALL_BUTTON} disabled={moduleIndex === 0} onClick={() => setDraft((current) => moveModule(current, module.key, moduleIndex - 1))} aria-label={`Move module ${moduleIndex + 1} up`}>
                <ArrowUp aria-hidden="true" className="size-4" />
              </button>
              <button type="button" className={SMALL_BUTTON} disabled={moduleIndex === moduleCount - 1} onClick={() => setDraft((current) => moveModule(current, module.key, moduleIndex + 1))} aria-label={`Move module ${moduleIndex + 1} down`}>
                <ArrowDown aria-hidden="true" className="size-4" />
              </button>
            </span>
          )}
        </div>
        <TextInput path={`${path}.title`} label={`Module ${moduleIndex + 1} title`} value={module.title} maxLength={DRAFT_LIMITS.title} onChange={(title) => setDraft((current) => updateModule(current, module.key, { title }))} />
        <SortableContext items={module.lessons.map((lesson) => lessonId(lesson.key))} strategy={verticalListSortingStrategy}>
          <ol ref={setListRef} aria-label={`Lessons of module ${moduleIndex + 1}`} className="min-h-12 space-y-2">
            {module.lessons.map((lesson, lessonIndex) => (
              <LessonCard
                key={lesson.key}
                lesson={lesson}
                path={`${path}.lessons.${lessonIndex}`}
                number={`${moduleIndex + 1}.${lessonIndex + 1}`}
                isOpen={openLessons.has(lesson.key)}
                canMoveUp={canStepLesson(draft, lesson.key, -1)}
                canMoveDown={canStepLesson(draft, lesson.key, 1)}
                onToggle={() => toggleLesson(lesson.key)}
                onMove={(direction) => setDraft((current) => stepLesson(current, lesson.key, direction))}
                onRemove={() => setDraft((current) => removeLesson(current, lesson.key))}
                onChange={(changed) => setDraft((current) => updateLesson(current, lesson.key, () => changed))}
                {...shared}
              />
            ))}
            {module.lessons.length === 0 ? <li className="rounded-md border border-dashed border-slate-300 p-3 text-sm text-slate-600">No lessons yet. Add one below, or drag one here.</li> : null}
          </ol>
        </SortableContext>
        {isReadOnly ? null : (
          <div className="flex flex-wrap items-end justify-between gap-3">
            <div className="flex flex-wrap items-end gap-2">
              <div>
                <label htmlFor={fieldId(`${path}.lessons`)} className="block text-sm font-semibold text-slate-800">
                  New lesson type
                </label>
                <select id={fieldId(`${path}.lessons`)} value={typeToAdd} onChange={(event) => setTypeToAdd(event.target.value as LessonTypeName)} className={`${CONTROL} min-h-11`}>
                  {LESSON_TYPES.map((type) => (
                    <option key={type} value={type}>
                      {LESSON_TYPE_LABELS[type]}
                    </option>
                  ))}
                </select>
              </div>
              <button
                type="button"
                className={SECONDARY_BUTTON}
                disabled={module.lessons.length >= DRAFT_LIMITS.lessonsPerModule}
                onClick={() => {
                  const lesson = newLesson(typeToAdd);
                  setDraft((current) => addLesson(current, module.key, lesson));
                  toggleLesson(lesson.key, true);
                  const titleId = fieldId(`${path}.lessons.${module.lessons.length}.title`);
                  setTimeout(() => document.getElementById(titleId)?.focus(), 50);
                }}
              >
                <Plus aria-hidden="true" className="size-4" /> Add lesson<span className="sr-only"> to module {moduleIndex + 1}</span>
              </button>
            </div>
            <ConfirmRemove label="Remove module" title={`Remove module ${moduleIndex + 1}, “${name}”?`} onConfirm={() => setDraft((current) => removeModule(current, module.key))}>
              <p>The module and its {module.lessons.length} {module.lessons.length === 1 ? "lesson" : "lessons"} disappear from this version at once.</p>
              <p>Lessons learners have already used in the published course are archived for them — their progress and records stay — when this version is published. Nothing is deleted.</p>
            </ConfirmRemove>
          </div>
        )}
      </section>
    </li>
  );
}
