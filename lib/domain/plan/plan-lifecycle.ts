// The life of one version of an organisation's annual capacity-building plan:
//
//   DRAFT ──approve──▶ APPROVED ──publish──▶ PUBLISHED ──(next version published)──▶ SUPERSEDED
//     ▲                   │
//     └──── reopen ───────┘
//
// Only a draft's items change. A published version is never edited: a change opens version N+1
// as a draft copy of it (only from the latest version, and only when that one is published), and
// publishing N+1 supersedes N. Officials' enrolments and history are never touched by an edit —
// publication only adds what is missing.

export const PLAN_STATUSES = ["DRAFT", "APPROVED", "PUBLISHED", "ARCHIVED", "SUPERSEDED"] as const;
export type PlanStatusName = (typeof PLAN_STATUSES)[number];

export const PLAN_ACTIONS = ["edit", "approve", "reopen", "publish", "new-version"] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

export const PLAN_ERROR_MESSAGES = {
  PLAN_NOT_FOUND: "That plan does not exist, or it is not your organisation's.",
  PLAN_NOT_EDITABLE: "Only a draft plan can be changed. Open a new version to change a published plan.",
  PLAN_EMPTY: "Add at least one course or programme before approving the plan.",
  PLAN_NOT_APPROVED: "Approve the plan before publishing it to officials.",
  PLAN_NOT_PUBLISHED: "Only the version in force can be applied to officials who joined since.",
  PLAN_NOT_DRAFT: "Only a draft can be approved.",
  PLAN_NOT_REOPENABLE: "Only an approved plan that is not yet published can go back to draft.",
  PLAN_VERSION_NOT_LATEST: "A new version can be opened only from the latest version, once it is published.",
  PLAN_EXISTS: "This organisation already has a plan for that year.",
  PLAN_ITEM_INVALID: "Choose a course or a programme, a due date and at least one group of officials.",
  PLAN_ITEM_NOT_PUBLISHED: "Only published courses and programmes can be assigned.",
  PLAN_TARGET_OUTSIDE: "That official is not in the plan's organisation.",
} as const satisfies Record<string, string>;

export type PlanErrorCode = keyof typeof PLAN_ERROR_MESSAGES;

export type PlanDecision = { ok: true } | { ok: false; code: PlanErrorCode; message: string };

const refuse = (code: PlanErrorCode): PlanDecision => ({ ok: false, code, message: PLAN_ERROR_MESSAGES[code] });
const allow: PlanDecision = { ok: true };

export type PlanState = {
  status: PlanStatusName;
  itemCount: number;
  /** Whether this is the organisation's highest version for the year. */
  isLatestVersion: boolean;
};

export function decidePlanAction(plan: PlanState, action: PlanAction): PlanDecision {
  switch (action) {
    case "edit":
      return plan.status === "DRAFT" ? allow : refuse("PLAN_NOT_EDITABLE");
    case "approve":
      if (plan.status !== "DRAFT") return refuse("PLAN_NOT_DRAFT");
      return plan.itemCount > 0 ? allow : refuse("PLAN_EMPTY");
    case "reopen":
      return plan.status === "APPROVED" ? allow : refuse("PLAN_NOT_REOPENABLE");
    case "publish":
      return plan.status === "APPROVED" ? allow : refuse("PLAN_NOT_APPROVED");
    case "new-version":
      return plan.status === "PUBLISHED" && plan.isLatestVersion ? allow : refuse("PLAN_VERSION_NOT_LATEST");
  }
}

/** The status a successful action leaves the plan in (new-version leaves this one as it is). */
export function statusAfter(status: PlanStatusName, action: PlanAction): PlanStatusName {
  if (action === "approve") return "APPROVED";
  if (action === "reopen") return "DRAFT";
  if (action === "publish") return "PUBLISHED";
  return status;
}

/** A plan year is the Indian financial year starting 1 April of `year`: 2026 → "2026–27". */
export function financialYearLabel(year: number): string {
  return `${year}–${String((year + 1) % 100).padStart(2, "0")}`;
}

/** The financial year an instant falls in (IST): 15 March 2027 → 2026. */
export function financialYearOf(instant: Date): number {
  const ist = new Date(instant.getTime() + 330 * 60_000);
  return ist.getUTCMonth() >= 3 ? ist.getUTCFullYear() : ist.getUTCFullYear() - 1;
}

export const PLAN_YEAR_MIN = 2020;
export const PLAN_YEAR_MAX = 2100;
