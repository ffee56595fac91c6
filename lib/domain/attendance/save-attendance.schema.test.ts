import { describe, expect, test } from "vitest";
import { z } from "zod";
import { MAX_MARKS_PER_SAVE, markFieldName, saveAttendanceSchema } from "./save-attendance.schema";

const BATCH = "0190a0b0-0000-7000-8000-000000000001";
const SESSION = "0190a0b0-0000-7000-8000-000000000002";
const U1 = "0190a0b0-0000-7000-8000-0000000000a1";
const U2 = "0190a0b0-0000-7000-8000-0000000000a2";

function fieldErrors(input: unknown) {
  const result = saveAttendanceSchema.safeParse(input);
  expect(result.success).toBe(false);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
}

describe("saveAttendanceSchema", () => {
  test("turns one radio group per official into a list of marks", () => {
    expect(
      saveAttendanceSchema.parse({ batchId: BATCH, sessionId: SESSION, [markFieldName(U1)]: "PRESENT", [markFieldName(U2.toUpperCase())]: "EXCUSED" }),
    ).toEqual({
      batchId: BATCH,
      sessionId: SESSION,
      marks: [
        { userId: U1, status: "PRESENT" },
        { userId: U2, status: "EXCUSED" },
      ],
    });
  });

  test.each<[string, Record<string, unknown>, string]>([
    ["a bad status, under the official's field", { [markFieldName(U1)]: "LATE" }, markFieldName(U1)],
    ["a status that is not a string", { [markFieldName(U1)]: ["PRESENT", "ABSENT"] }, markFieldName(U1)],
    ["a field that names no official", { "mark.not-a-uuid": "PRESENT" }, "mark.not-a-uuid"],
    ["an unknown field", { role: "PRESENT" }, "role"],
    ["no marks at all", {}, "marks"],
    ["a bad session id", { sessionId: "1; drop table", [markFieldName(U1)]: "PRESENT" }, "sessionId"],
    ["a bad batch id", { batchId: "", [markFieldName(U1)]: "PRESENT" }, "batchId"],
  ])("refuses %s", (_, extra, field) => {
    expect(Object.keys(fieldErrors({ batchId: BATCH, sessionId: SESSION, ...extra }))).toContain(field);
  });

  test("bounds the register", () => {
    const marks = Object.fromEntries(
      Array.from({ length: MAX_MARKS_PER_SAVE + 1 }, (_, i) => [markFieldName(`0190a0b0-0000-7000-8000-${String(i).padStart(12, "0")}`), "ABSENT"]),
    );
    expect(Object.keys(fieldErrors({ batchId: BATCH, sessionId: SESSION, ...marks }))).toEqual(["marks"]);
  });
});
