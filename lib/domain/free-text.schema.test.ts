import { describe, expect, it } from "vitest";
import { freeText, hasControlCharacters } from "./free-text.schema";

describe("free text", () => {
  it.each<[string, string, boolean]>([
    ["plain text", "Followed up with the official", false],
    ["Hindi", "अधिकारी से बात की", false],
    ["tab and line breaks", "line one\r\n\tline two\n", false],
    ["emoji and non-breaking space", "done 👍\u00a0ok", false],
    ["NUL", "note\u0000", true],
    ["bell", "\u0007", true],
    ["escape", "\u001b[31mred", true],
    ["delete", "\u007f", true],
    ["a C1 control", "\u0085", true],
  ])("%s", (_name, value, expected) => {
    expect(hasControlCharacters(value)).toBe(expected);
    expect(freeText().safeParse(value).success).toBe(!expected);
  });

  it("chains like any string schema", () => {
    const note = freeText().trim().max(5);
    expect(note.parse("  abc  ")).toBe("abc");
    expect(note.safeParse("abcdef").success).toBe(false);
    expect(note.safeParse("a\u0000").success).toBe(false);
  });
});
