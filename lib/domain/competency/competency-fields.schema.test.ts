import { describe, expect, test } from "vitest";
import { z } from "zod";
import { competencyLevelField, optionalNoteField, requiredTextField } from "./competency-fields.schema";

describe("level", () => {
  test.each<[unknown, number | null]>([
    ["3", 3],
    [5, 5],
    ["1", 1],
    ["", null],
    ["0", null],
    ["6", null],
    ["2.5", null],
    ["three", null],
    [undefined, null],
  ])("%j → %s", (raw, expected) => {
    const parsed = competencyLevelField().safeParse(raw);
    expect(parsed.success ? parsed.data : null).toBe(expected);
  });
});

describe("notes", () => {
  const note = optionalNoteField(10);
  test.each<[unknown, string | null | "refused"]>([
    [undefined, null],
    ["", null],
    ["   ", null],
    ["  Done.  ", "Done."],
    ["a\u0000b\u0007c", "abc"],
    ["line\nbreak", "line\nbreak"],
    ["x".repeat(10), "x".repeat(10)],
    ["x".repeat(11), "refused"],
  ])("%j → %j", (raw, expected) => {
    const parsed = note.safeParse(raw);
    expect(parsed.success ? parsed.data : "refused").toBe(expected);
  });

  test("a required reason must say something", () => {
    const reason = z.object({ reason: requiredTextField(20, "Give a reason.") });
    expect(reason.safeParse({ reason: "  Wrong official. " })).toMatchObject({ success: true, data: { reason: "Wrong official." } });
    for (const raw of [{}, { reason: "" }, { reason: "   " }, { reason: "x".repeat(21) }]) {
      const parsed = reason.safeParse(raw);
      expect(parsed.success).toBe(false);
      expect(z.flattenError(parsed.error!).fieldErrors).toEqual({ reason: ["Give a reason."] });
    }
  });
});
