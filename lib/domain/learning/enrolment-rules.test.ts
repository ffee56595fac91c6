import { describe, expect, it } from "vitest";
import type { DomainErrorCode } from "./domain-error";
import {
  planEnrolment,
  planWithdrawal,
  statusAfterLearningActivity,
  type BatchSnapshot,
  type CourseStatus,
  type DeliveryMode,
  type EnrolmentPlan,
  type EnrolmentSnapshot,
  type EnrolmentStatus,
} from "./enrolment-rules";

const NOW = new Date("2026-03-02T10:00:00Z");
const LATER = new Date("2026-03-20T04:30:00Z");

const course = (mode: DeliveryMode = "ONLINE", status: CourseStatus = "PUBLISHED") => ({ id: "c1", status, mode });
const enrolment = (status: EnrolmentStatus, extra: Partial<EnrolmentSnapshot> = {}): EnrolmentSnapshot => ({ id: "e1", status, batchId: null, startedAt: null, ...extra });
const batch = (extra: Partial<BatchSnapshot> = {}): BatchSnapshot => ({
  id: "b1",
  courseId: "c1",
  status: "OPEN",
  startsAt: LATER,
  seatLimit: 30,
  seatsTaken: 12,
  ...extra,
});

type Case = {
  course?: ReturnType<typeof course>;
  existing?: EnrolmentSnapshot | null;
  batch?: BatchSnapshot | null;
  hasOpenBatches?: boolean;
};

function plan(c: Case): EnrolmentPlan {
  return planEnrolment({ course: c.course ?? course(), existing: c.existing ?? null, batch: c.batch ?? null, hasOpenBatches: c.hasOpenBatches ?? false, now: NOW });
}

describe("planEnrolment — allowed", () => {
  it.each<[string, Case, EnrolmentPlan]>([
    ["online course", {}, { action: "CREATE", batchId: null, status: "ENROLLED" }],
    ["face-to-face with a batch", { course: course("FACE_TO_FACE"), batch: batch(), hasOpenBatches: true }, { action: "CREATE", batchId: "b1", status: "ENROLLED" }],
    ["blended with a batch", { course: course("BLENDED"), batch: batch(), hasOpenBatches: true }, { action: "CREATE", batchId: "b1", status: "ENROLLED" }],
    ["blended with no batch open: start online", { course: course("BLENDED"), hasOpenBatches: false }, { action: "CREATE", batchId: null, status: "ENROLLED" }],
    ["the last seat", { course: course("FACE_TO_FACE"), batch: batch({ seatsTaken: 29 }) }, { action: "CREATE", batchId: "b1", status: "ENROLLED" }],
    ["already enrolled: idempotent", { existing: enrolment("ENROLLED") }, { action: "KEEP", enrolmentId: "e1" }],
    ["already in progress", { existing: enrolment("IN_PROGRESS") }, { action: "KEEP", enrolmentId: "e1" }],
    ["already completed", { existing: enrolment("COMPLETED") }, { action: "KEEP", enrolmentId: "e1" }],
    ["enrolled, course archived since", { course: course("ONLINE", "ARCHIVED"), existing: enrolment("IN_PROGRESS") }, { action: "KEEP", enrolmentId: "e1" }],
    // Batch checks do not apply to a no-op: the seat is already theirs.
    ["enrolled in a now-full batch", { course: course("FACE_TO_FACE"), existing: enrolment("ENROLLED", { batchId: "b1" }), batch: batch({ seatsTaken: 30 }) }, { action: "KEEP", enrolmentId: "e1" }],
    ["re-enrol after withdrawing, never started", { existing: enrolment("WITHDRAWN") }, { action: "REACTIVATE", enrolmentId: "e1", batchId: null, status: "ENROLLED" }],
    ["re-enrol after withdrawing, progress kept", { existing: enrolment("WITHDRAWN", { startedAt: NOW }) }, { action: "REACTIVATE", enrolmentId: "e1", batchId: null, status: "IN_PROGRESS" }],
    ["re-enrol into a batch", { course: course("FACE_TO_FACE"), existing: enrolment("WITHDRAWN"), batch: batch() }, { action: "REACTIVATE", enrolmentId: "e1", batchId: "b1", status: "ENROLLED" }],
  ])("%s", (_name, c, expected) => {
    expect(plan(c)).toEqual(expected);
  });
});

describe("planEnrolment — refused", () => {
  it.each<[string, Case, DomainErrorCode]>([
    ["draft course", { course: course("ONLINE", "DRAFT") }, "COURSE_NOT_PUBLISHED"],
    ["course in review", { course: course("ONLINE", "IN_REVIEW") }, "COURSE_NOT_PUBLISHED"],
    ["archived course", { course: course("ONLINE", "ARCHIVED") }, "COURSE_NOT_PUBLISHED"],
    ["re-enrol in an archived course", { course: course("ONLINE", "ARCHIVED"), existing: enrolment("WITHDRAWN") }, "COURSE_NOT_PUBLISHED"],
    ["face-to-face without a batch", { course: course("FACE_TO_FACE"), hasOpenBatches: true }, "BATCH_REQUIRED"],
    ["face-to-face, no batch scheduled at all", { course: course("FACE_TO_FACE"), hasOpenBatches: false }, "BATCH_REQUIRED"],
    ["blended without a batch while one is open", { course: course("BLENDED"), hasOpenBatches: true }, "BATCH_REQUIRED"],
    ["another course's batch", { course: course("FACE_TO_FACE"), batch: batch({ courseId: "c2" }) }, "BATCH_NOT_FOUND"],
    ["another course's batch on an online course", { batch: batch({ courseId: "c2" }) }, "BATCH_NOT_FOUND"],
    ["scheduled, not yet open", { course: course("FACE_TO_FACE"), batch: batch({ status: "SCHEDULED" }) }, "BATCH_NOT_OPEN"],
    ["closed", { course: course("FACE_TO_FACE"), batch: batch({ status: "CLOSED" }) }, "BATCH_NOT_OPEN"],
    ["cancelled", { course: course("FACE_TO_FACE"), batch: batch({ status: "CANCELLED" }) }, "BATCH_NOT_OPEN"],
    ["already started", { course: course("FACE_TO_FACE"), batch: batch({ startsAt: new Date("2026-03-01T04:30:00Z") }) }, "BATCH_STARTED"],
    ["starting this instant", { course: course("FACE_TO_FACE"), batch: batch({ startsAt: NOW }) }, "BATCH_STARTED"],
    ["full", { course: course("FACE_TO_FACE"), batch: batch({ seatsTaken: 30 }) }, "BATCH_FULL"],
    ["over-full", { course: course("FACE_TO_FACE"), batch: batch({ seatsTaken: 31 }) }, "BATCH_FULL"],
    ["re-enrol into a full batch", { course: course("FACE_TO_FACE"), existing: enrolment("WITHDRAWN"), batch: batch({ seatsTaken: 30 }) }, "BATCH_FULL"],
  ])("%s → %s", (_name, c, code) => {
    expect(() => plan(c)).toThrow(expect.objectContaining({ code }));
  });
});

describe("planWithdrawal", () => {
  it.each<[EnrolmentStatus, "WITHDRAW" | "NONE"]>([
    ["ENROLLED", "WITHDRAW"],
    ["IN_PROGRESS", "WITHDRAW"],
    ["WITHDRAWN", "NONE"],
  ])("%s → %s", (status, action) => {
    expect(planWithdrawal({ status })).toEqual({ action });
  });

  it.each<[string, { status: EnrolmentStatus } | null, DomainErrorCode]>([
    ["completed", { status: "COMPLETED" }, "ALREADY_COMPLETED"],
    ["not enrolled", null, "NOT_ENROLLED"],
  ])("%s → %s", (_name, current, code) => {
    expect(() => planWithdrawal(current)).toThrow(expect.objectContaining({ code }));
  });
});

describe("statusAfterLearningActivity", () => {
  it.each<[EnrolmentStatus, EnrolmentStatus]>([
    ["ENROLLED", "IN_PROGRESS"],
    ["IN_PROGRESS", "IN_PROGRESS"],
    ["COMPLETED", "COMPLETED"],
  ])("%s → %s", (status, expected) => {
    expect(statusAfterLearningActivity({ status })).toBe(expected);
  });

  it.each<[string, { status: EnrolmentStatus } | null]>([
    ["withdrawn", { status: "WITHDRAWN" }],
    ["no enrolment", null],
  ])("%s → NOT_ENROLLED", (_name, current) => {
    expect(() => statusAfterLearningActivity(current)).toThrow(expect.objectContaining({ code: "NOT_ENROLLED" }));
  });
});
