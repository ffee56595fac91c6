// The audit page's filters and its keyset cursor, read from the URL. Anything a user can type
// lands on a valid query: unknown or malformed values are dropped, never passed to the database.

import { IST_OFFSET_MINUTES } from "@/lib/domain/learning/learning-hours";
import { cleanSearchText } from "@/lib/domain/search-text";

export type AuditFilters = {
  /** Part of the actor's name or email. */
  actor: string | null;
  /** An action or its prefix: "plan." matches every plan action. */
  action: string | null;
  /** The kind of object: "CapacityBuildingPlan", "User"… */
  entityType: string | null;
  entityId: string | null;
  /** IST calendar days, inclusive, as YYYY-MM-DD. */
  from: string | null;
  to: string | null;
};

/** Suggestions for the action filter (a prefix ending in "." matches the whole family). */
export const AUDIT_ACTION_SUGGESTIONS = [
  "plan.",
  "official.",
  "profile_change.",
  "registration.",
  "registration_link.",
  "onboarding.",
  "integrity_flag.",
  "competency.",
  "self_assessment.",
  "course.",
  "course_review.",
  "course_revision.",
  "reviewer_group.",
  "organisation.",
  "frac.",
] as const;

/** Kinds of object audit rows are written about, for the object filter. */
export const AUDIT_OBJECT_TYPES = [
  "CapacityBuildingPlan",
  "User",
  "ProfileChangeRequest",
  "RegistrationLink",
  "RegistrationRequest",
  "OnboardingImport",
  "IntegrityFlag",
  "PassbookEntry",
  "SelfAssessment",
  "Course",
  "CourseRevision",
  "ReviewerGroup",
  "Organisation",
  "Competency",
  "CompetencyFramework",
  "FracRole",
  "FracPosition",
] as const;

export type AuditCursor = { createdAt: Date; id: bigint };

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? "";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ACTION = /^[a-z0-9_.]{1,80}$/;
const ENTITY_TYPE = /^[A-Za-z]{1,60}$/;
const ENTITY_ID = /^[A-Za-z0-9_.:-]{1,80}$/;

function validDay(value: string): string | null {
  if (!DAY.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : value;
}

export function parseAuditFilters(params: Params): AuditFilters {
  const actor = cleanSearchText(first(params.actor));
  const action = first(params.action);
  const entityType = first(params.object);
  const entityId = first(params.id);
  return {
    actor: actor.length > 0 ? actor : null,
    action: ACTION.test(action) ? action : null,
    entityType: ENTITY_TYPE.test(entityType) ? entityType : null,
    entityId: ENTITY_ID.test(entityId) ? entityId : null,
    from: validDay(first(params.from)),
    to: validDay(first(params.to)),
  };
}

/** The instants bounding the IST days chosen: gte the start of `from`, lt the end of `to`. */
export function auditDateRange(filters: Pick<AuditFilters, "from" | "to">): { gte?: Date; lt?: Date } {
  const offset = IST_OFFSET_MINUTES * 60_000;
  const range: { gte?: Date; lt?: Date } = {};
  if (filters.from) range.gte = new Date(new Date(`${filters.from}T00:00:00Z`).getTime() - offset);
  if (filters.to) range.lt = new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 86_400_000 - offset);
  return range;
}

export function encodeAuditCursor(cursor: AuditCursor): string {
  return `${cursor.createdAt.getTime()}_${cursor.id.toString()}`;
}

export function decodeAuditCursor(raw: string | string[] | undefined): AuditCursor | null {
  const match = /^(\d{1,15})_(\d{1,19})$/.exec(first(raw));
  if (!match?.[1] || !match[2]) return null;
  return { createdAt: new Date(Number(match[1])), id: BigInt(match[2]) };
}

/** The URL query for filters (and a cursor), leaving out what is unset. */
export function auditSearchParams(filters: AuditFilters, cursor?: AuditCursor | null): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.actor) params.set("actor", filters.actor);
  if (filters.action) params.set("action", filters.action);
  if (filters.entityType) params.set("object", filters.entityType);
  if (filters.entityId) params.set("id", filters.entityId);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (cursor) params.set("after", encodeAuditCursor(cursor));
  return params;
}
