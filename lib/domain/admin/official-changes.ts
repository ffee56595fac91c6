// What an MDO admin may change on an official, and the field-by-field record the audit row keeps.

export type OfficialFields = {
  name: string;
  designation: string | null;
  group: "A" | "B" | "C" | "D" | null;
  serviceCadre: string | null;
  organisationId: string | null;
  fracPositionId: string | null;
  reportingOfficerId: string | null;
};

export const OFFICIAL_FIELD_NAMES = [
  "name",
  "designation",
  "group",
  "serviceCadre",
  "organisationId",
  "fracPositionId",
  "reportingOfficerId",
] as const satisfies readonly (keyof OfficialFields)[];

export type FieldChange = { field: keyof OfficialFields; from: string | null; to: string | null };

export function officialChanges(before: OfficialFields, after: OfficialFields): FieldChange[] {
  return OFFICIAL_FIELD_NAMES.filter((field) => before[field] !== after[field]).map((field) => ({
    field,
    from: before[field],
    to: after[field],
  }));
}

export type OfficialRefusal = "SELF_SUSPENSION" | "OWN_REPORTING_OFFICER" | "REPORTING_CYCLE";

/**
 * An admin may not suspend themselves (they would lock the subtree out); an official cannot
 * report to themselves, nor to someone who (directly or further up) reports to them.
 * `officerChain` is the proposed officer followed by their officers, upwards.
 */
export function refusalFor(input: {
  actorId: string;
  officialId: string;
  suspending?: boolean;
  reportingOfficerId?: string | null;
  officerChain?: readonly string[];
}): OfficialRefusal | null {
  if (input.suspending && input.actorId === input.officialId) return "SELF_SUSPENSION";
  if (input.reportingOfficerId && input.reportingOfficerId === input.officialId) return "OWN_REPORTING_OFFICER";
  if (input.officerChain?.includes(input.officialId)) return "REPORTING_CYCLE";
  return null;
}

export const OFFICIAL_REFUSAL_MESSAGES: Record<OfficialRefusal, string> = {
  SELF_SUSPENSION: "You cannot suspend your own account.",
  OWN_REPORTING_OFFICER: "An official cannot be their own reporting officer.",
  REPORTING_CYCLE: "That officer reports to this official, so the reporting line would go round in a circle.",
};
