"use client";

import { useId, useMemo, useState } from "react";
import { Plus, X } from "lucide-react";
import { DRAFT_LIMITS, type CourseDraft } from "@/lib/domain/studio/course-draft";
import type { CompetencyOption } from "@/lib/server/studio/revisions/get-course-editor";
import { fieldId, useFieldError, useIsReadOnly } from "./editor-context";
import { CONTROL, HINT, LABEL, SMALL_BUTTON } from "@/components/ui-classes";

const SHOWN_MATCHES = 8;

type Tag = CourseDraft["competencies"][number];

export function levelLabel(competency: CompetencyOption | undefined, level: number): string {
  const name = competency?.levels.find((entry) => entry.level === level)?.name;
  return name ? `${level} — ${name}` : `Level ${level}`;
}

/** Competencies the course imparts, each with its level; found by typing part of a name, code or area. */
export function CompetencyPicker({ tags, competencies, onChange }: { tags: Tag[]; competencies: CompetencyOption[]; onChange: (tags: Tag[]) => void }) {
  const id = fieldId("competencies");
  const searchId = useId();
  const error = useFieldError("competencies");
  const isReadOnly = useIsReadOnly();
  const [query, setQuery] = useState("");
  const byId = useMemo(() => new Map(competencies.map((competency) => [competency.id, competency])), [competencies]);
  const chosen = new Set(tags.map((tag) => tag.competencyId));
  const needle = query.trim().toLowerCase();
  const matches = needle
    ? competencies.filter((competency) => competency.isActive && !chosen.has(competency.id) && `${competency.name} ${competency.code} ${competency.area}`.toLowerCase().includes(needle)).slice(0, SHOWN_MATCHES)
    : [];
  const isFull = tags.length >= DRAFT_LIMITS.competencies;

  return (
    <div>
      <p id={`${id}-label`} className={LABEL}>
        Competencies this course imparts
      </p>
      <p className={HINT}>For each, the proficiency level (1–5) a learner reaches by completing the course.</p>
      {tags.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">None tagged yet.</p>
      ) : (
        <ul aria-labelledby={`${id}-label`} className="mt-2 divide-y divide-slate-200 rounded-md border border-slate-200">
          {tags.map((tag, index) => {
            const competency = byId.get(tag.competencyId);
            const levelId = fieldId(`competencies.${index}.level`);
            return (
              <li key={tag.competencyId} className="flex flex-wrap items-end gap-3 p-3">
                <div className="min-w-0 flex-1 basis-48">
                  <p className="font-semibold text-navy-900">{competency?.name ?? "Competency no longer in the framework"}</p>
                  <p className="text-sm text-slate-600">
                    {competency ? `${competency.area} · ${competency.code}` : ""}
                    {competency && !competency.isActive ? " · from a superseded framework" : ""}
                  </p>
                </div>
                <div>
                  <label htmlFor={levelId} className="block text-sm font-semibold text-slate-800">
                    Level
                  </label>
                  <select
                    id={levelId}
                    value={tag.level}
                    disabled={isReadOnly}
                    onChange={(event) => onChange(tags.map((entry) => (entry.competencyId === tag.competencyId ? { ...entry, level: Number(event.target.value) } : entry)))}
                    className={`${CONTROL} min-h-11`}
                  >
                    {[1, 2, 3, 4, 5].map((level) => (
                      <option key={level} value={level}>
                        {levelLabel(competency, level)}
                      </option>
                    ))}
                  </select>
                </div>
                {isReadOnly ? null : (
                  <button type="button" className={SMALL_BUTTON} onClick={() => onChange(tags.filter((entry) => entry.competencyId !== tag.competencyId))}>
                    <X aria-hidden="true" className="size-4" /> Remove<span className="sr-only"> {competency?.name}</span>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {isReadOnly ? null : (
        <div className="mt-3">
          <label htmlFor={id} className="block text-sm font-semibold text-slate-800">
            Find a competency to add
          </label>
          <input
            id={id}
            type="search"
            value={query}
            disabled={isFull}
            onChange={(event) => setQuery(event.target.value)}
            placeholder="Type part of a name, code or area"
            aria-describedby={`${searchId}-status${error ? ` ${id}-error` : ""}`}
            aria-invalid={error ? true : undefined}
            className={`${CONTROL} min-h-11`}
          />
          <p id={`${searchId}-status`} aria-live="polite" className={HINT}>
            {isFull
              ? `A course can be tagged with up to ${DRAFT_LIMITS.competencies} competencies.`
              : needle
                ? `${matches.length === 0 ? "No" : matches.length} matching ${matches.length === 1 ? "competency" : "competencies"}${matches.length === SHOWN_MATCHES ? " shown; type more to narrow" : ""}.`
                : ""}
          </p>
          {matches.length > 0 ? (
            <ul className="mt-1 divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
              {matches.map((competency) => (
                <li key={competency.id} className="flex items-center justify-between gap-3 p-2">
                  <span className="min-w-0 text-sm">
                    <span className="font-semibold text-navy-900">{competency.name}</span>{" "}
                    <span className="text-slate-600">
                      {competency.area} · {competency.code}
                    </span>
                  </span>
                  <button
                    type="button"
                    className={SMALL_BUTTON}
                    onClick={() => {
                      onChange([...tags, { competencyId: competency.id, level: 1 }]);
                      setQuery("");
                      // The new row exists after the next render; its level is the next thing to set.
                      const levelId = fieldId(`competencies.${tags.length}.level`);
                      setTimeout(() => document.getElementById(levelId)?.focus(), 50);
                    }}
                  >
                    <Plus aria-hidden="true" className="size-4" /> Add<span className="sr-only"> {competency.name}</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      )}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
