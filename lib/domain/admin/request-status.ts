// The life of an official's profile-change request and of a self-registration: both start
// PENDING and are decided once. Only the official may withdraw their own request; only the
// receiving organisation's admin may approve or reject, and a rejection must say why.

export type RequestStatus = "PENDING" | "APPROVED" | "REJECTED" | "WITHDRAWN";
export type RequestDecision = "APPROVE" | "REJECT" | "WITHDRAW";

export const DECISION_REASON_MAX_LENGTH = 500;

export type DecisionOutcome =
  | { ok: true; status: Exclude<RequestStatus, "PENDING"> }
  | { ok: false; code: "ALREADY_DECIDED" | "REASON_REQUIRED" };

const NEXT_STATUS: Record<RequestDecision, Exclude<RequestStatus, "PENDING">> = {
  APPROVE: "APPROVED",
  REJECT: "REJECTED",
  WITHDRAW: "WITHDRAWN",
};

export function decideRequest(current: RequestStatus, decision: RequestDecision, reason: string | null): DecisionOutcome {
  if (current !== "PENDING") return { ok: false, code: "ALREADY_DECIDED" };
  if (decision === "REJECT" && !reason?.trim()) return { ok: false, code: "REASON_REQUIRED" };
  return { ok: true, status: NEXT_STATUS[decision] };
}

export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  PENDING: "Waiting for a decision",
  APPROVED: "Approved",
  REJECTED: "Rejected",
  WITHDRAWN: "Withdrawn",
};
