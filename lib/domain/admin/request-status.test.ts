import { describe, expect, test } from "vitest";
import { decideRequest, type RequestDecision, type RequestStatus } from "./request-status";

describe("decideRequest", () => {
  test.each<[RequestStatus, RequestDecision, string | null, ReturnType<typeof decideRequest>]>([
    ["PENDING", "APPROVE", null, { ok: true, status: "APPROVED" }],
    ["PENDING", "REJECT", "Post not sanctioned", { ok: true, status: "REJECTED" }],
    ["PENDING", "REJECT", "   ", { ok: false, code: "REASON_REQUIRED" }],
    ["PENDING", "REJECT", null, { ok: false, code: "REASON_REQUIRED" }],
    ["PENDING", "WITHDRAW", null, { ok: true, status: "WITHDRAWN" }],
    ["APPROVED", "REJECT", "late", { ok: false, code: "ALREADY_DECIDED" }],
    ["REJECTED", "APPROVE", null, { ok: false, code: "ALREADY_DECIDED" }],
    ["WITHDRAWN", "APPROVE", null, { ok: false, code: "ALREADY_DECIDED" }],
    ["APPROVED", "WITHDRAW", null, { ok: false, code: "ALREADY_DECIDED" }],
  ])("%s + %s (%s)", (current, decision, reason, expected) => {
    expect(decideRequest(current, decision, reason)).toEqual(expected);
  });
});
