// The life of a content request: an MDO admin asks (OPEN), a provider takes it on (ACCEPTED)
// or declines it with a reason, and later links the course it published (FULFILLED). The
// requester may withdraw it while nobody has delivered it.

export const CONTENT_REQUEST_STATUSES = ["OPEN", "ACCEPTED", "FULFILLED", "DECLINED", "WITHDRAWN"] as const;
export type ContentRequestStatusName = (typeof CONTENT_REQUEST_STATUSES)[number];

export type ContentRequestMove = "ACCEPT" | "DECLINE" | "FULFIL" | "WITHDRAW";

const FROM: Record<ContentRequestMove, readonly ContentRequestStatusName[]> = {
  ACCEPT: ["OPEN"],
  // A provider who accepted may still find it cannot deliver, and should say so.
  DECLINE: ["OPEN", "ACCEPTED"],
  FULFIL: ["ACCEPTED"],
  WITHDRAW: ["OPEN", "ACCEPTED"],
};

export const STATUS_AFTER: Record<ContentRequestMove, ContentRequestStatusName> = {
  ACCEPT: "ACCEPTED",
  DECLINE: "DECLINED",
  FULFIL: "FULFILLED",
  WITHDRAW: "WITHDRAWN",
};

export function movesFrom(status: ContentRequestStatusName): readonly ContentRequestMove[] {
  return (Object.keys(FROM) as ContentRequestMove[]).filter((move) => FROM[move].includes(status));
}

export function canMoveRequest(status: ContentRequestStatusName, move: ContentRequestMove): boolean {
  return FROM[move].includes(status);
}

/** Statuses from which a move may start, for a conditional update that lets one caller through. */
export function statusesAllowing(move: ContentRequestMove): ContentRequestStatusName[] {
  return [...FROM[move]];
}

export const CONTENT_REQUEST_STATUS_LABELS: Record<ContentRequestStatusName, string> = {
  OPEN: "Open",
  ACCEPTED: "Accepted by a provider",
  FULFILLED: "Fulfilled",
  DECLINED: "Declined",
  WITHDRAWN: "Withdrawn",
};
