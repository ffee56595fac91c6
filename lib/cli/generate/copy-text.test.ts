import { describe, expect, test } from "vitest";
import { copyJson, copyText, copyTimestamp } from "./copy-text";

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

  test("JSON goes through the same escaping", () => {
    expect(copyJson({ note: "a\tb" })).toBe('{"note":"a\\\\tb"}');
    expect(copyJson(null)).toBe("\\N");
  });
});

describe("copyTimestamp", () => {
  test.each([0, 1, 999, 86_399_999, Date.UTC(2026, 10, 30, 18, 29, 59, 7), Date.UTC(2024, 1, 29, 23, 59, 59, 999)])(
    "%d matches the ISO form PostgreSQL reads",
    (ms) => {
      expect(copyTimestamp(ms)).toBe(new Date(ms).toISOString().slice(0, 23).replace("T", " "));
    },
  );

  test("random instants across years", () => {
    for (let i = 0; i < 1000; i++) {
      const ms = Math.floor(1.6e12 + i * 7_919_191_919.3);
      expect(copyTimestamp(ms)).toBe(new Date(ms).toISOString().slice(0, 23).replace("T", " "));
    }
  });

  test("null is \\N", () => {
    expect(copyTimestamp(null)).toBe("\\N");
  });
});
