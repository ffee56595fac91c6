"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId, useState } from "react";
import type { ActionResult } from "@/lib/domain/action-result";
import { CONTROL, FIELD_ERROR, HINT, LABEL, PRIMARY_BUTTON } from "@/components/ui-classes";
import { askForProfileChange } from "./actions";

type Props = {
  currentOrganisationId: string | null;
  organisations: { id: string; name: string }[];
  positions: { id: string; title: string; organisationId: string | null }[];
};

export function ProfileChangeForm({ currentOrganisationId, organisations, positions }: Props) {
  const [typed, setTyped] = useState<{ designation: string; note: string }>({ designation: "", note: "" });
  const [state, action, isPending] = useActionState<ActionResult<{ requestId: string }> | null, FormData>((previous, formData) => {
    // React resets a form after its action; a refused request keeps what was typed.
    setTyped({ designation: String(formData.get("designation") ?? ""), note: String(formData.get("note") ?? "") });
    return askForProfileChange(previous, formData);
  }, null);
  const [organisationId, setOrganisationId] = useState(currentOrganisationId ?? organisations[0]?.id ?? "");
  const id = useId();
  const t = useTranslations("profile.form");
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const offered = positions.filter((position) => position.organisationId === organisationId || position.organisationId === null);
  const error = (field: string) => errors[field]?.[0];
  const described = (field: string) => (error(field) ? `${id}-${field}-error` : undefined);

  return (
    <form action={action} className="space-y-4" noValidate>
      <div>
        <label htmlFor={`${id}-organisation`} className={LABEL}>
          {t("organisation")}
        </label>
        <select
          id={`${id}-organisation`}
          name="toOrganisationId"
          value={organisationId}
          onChange={(event) => setOrganisationId(event.target.value)}
          aria-invalid={error("toOrganisationId") ? true : undefined}
          aria-describedby={[`${id}-organisation-hint`, described("toOrganisationId")].filter(Boolean).join(" ")}
          className={`${CONTROL} min-h-11`}
        >
          {organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.id === currentOrganisationId ? t("current", { name: organisation.name }) : organisation.name}
            </option>
          ))}
        </select>
        <p id={`${id}-organisation-hint`} className={HINT}>
          {t("organisationHint")}
        </p>
        {error("toOrganisationId") ? <p id={`${id}-toOrganisationId-error`} className={FIELD_ERROR}>{error("toOrganisationId")}</p> : null}
      </div>
      <div>
        <label htmlFor={`${id}-designation`} className={LABEL}>
          {t("designation")} <span className="font-normal text-slate-600">{t("optional")}</span>
        </label>
        <input id={`${id}-designation`} name="designation" defaultValue={typed.designation} aria-invalid={error("designation") ? true : undefined} aria-describedby={described("designation")} className={`${CONTROL} min-h-11`} />
        {error("designation") ? <p id={`${id}-designation-error`} className={FIELD_ERROR}>{error("designation")}</p> : null}
      </div>
      <div>
        <label htmlFor={`${id}-position`} className={LABEL}>
          {t("post")} <span className="font-normal text-slate-600">{t("optional")}</span>
        </label>
        <select id={`${id}-position`} name="fracPositionId" defaultValue="" aria-invalid={error("fracPositionId") ? true : undefined} aria-describedby={described("fracPositionId")} className={`${CONTROL} min-h-11`}>
          <option value="">—</option>
          {offered.map((position) => (
            <option key={position.id} value={position.id}>
              {position.title}
            </option>
          ))}
        </select>
        {error("fracPositionId") ? <p id={`${id}-fracPositionId-error`} className={FIELD_ERROR}>{error("fracPositionId")}</p> : null}
      </div>
      <div>
        <label htmlFor={`${id}-note`} className={LABEL}>
          {t("note")} <span className="font-normal text-slate-600">{t("optional")}</span>
        </label>
        <textarea id={`${id}-note`} name="note" defaultValue={typed.note} rows={2} maxLength={500} className={`${CONTROL} py-2`} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={isPending} className={PRIMARY_BUTTON}>
          {isPending ? t("sending") : t("send")}
        </button>
        <p aria-live="polite" className="text-sm">
          {state && !state.ok ? <span className="font-semibold text-red-800">{state.message}</span> : null}
          {state?.ok ? <span className="text-green-800">{t("sent")}</span> : null}
        </p>
      </div>
    </form>
  );
}
