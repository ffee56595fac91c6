import { describe, expect, test } from "vitest";
import { copyText, copyTimestamp } from "./copy-text";

describe("copyText", () => {
  test.each([
    [null, "\\N"],
    [undefined, "\\N"],
    ["plain text", "plain text"],
    ["tab\there", "tab\\there"],
    ["line\nbreak\r", "line\\nbreak\\r"],
    ["back\\slash", "back\\\\slash"],
    ["हिंदी", "हिंदी"],
  ])("%j → %j", (input, expected) => {
    expect(copyText(input)).toBe(expected);
  });
});

test("timestamps are UTC with milliseconds and no zone, as timestamp(3) columns hold them", () => {
  expect(copyTimestamp(Date.UTC(2026, 10, 30, 18, 29, 59, 7))).toBe("2026-11-30T18:29:59.007");
});
