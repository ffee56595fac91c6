import { describe, expect, test } from "vitest";
import { cleanSearchText } from "./search-text";

describe("cleanSearchText", () => {
  test.each<[string, string | null | undefined, string]>([
    ["plain text stays", "  Priya Raghavan ", "Priya Raghavan"],
    ["a NUL is dropped", "pri\u0000ya", "priya"],
    ["escape sequences and C1 controls are dropped", "\u001b[31mred\u0085", "[31mred"],
    ["only controls leave nothing", "\u0000\u0001", ""],
    ["missing is empty", undefined, ""],
    ["Hindi stays", "प्रिया", "प्रिया"],
  ])("%s", (_name, input, expected) => {
    expect(cleanSearchText(input)).toBe(expected);
  });

  test("bounds the length", () => {
    expect(cleanSearchText("x".repeat(500), 100)).toHaveLength(100);
  });
});
