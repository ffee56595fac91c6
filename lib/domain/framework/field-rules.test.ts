import { describe, expect, test } from "vitest";
import { cleanText, readCode, readCompetencyType, readExternalId, readLevel, readOptionalText, readRequiredText, splitList, unescapeFormula } from "./field-rules";

describe("levels", () => {
  test.each([
    [3, { ok: true, value: 3 }],
    ["5", { ok: true, value: 5 }],
    [" 1 ", { ok: true, value: 1 }],
    ["0", { ok: false, message: "Level 0 is outside 1–5." }],
    [6, { ok: false, message: "Level 6 is outside 1–5." }],
    ["-2", { ok: false, message: "Level -2 is outside 1–5." }],
    ["2.5", { ok: false, message: 'Level "2.5" is not a whole number from 1 to 5.' }],
    ["high", { ok: false, message: 'Level "high" is not a whole number from 1 to 5.' }],
    ["", { ok: false, message: "Level is missing." }],
  ])("%j → %j", (value, expected) => {
    expect(readLevel(value)).toEqual(expected);
  });
});

describe("competency types", () => {
  test.each([
    ["BEHAVIOURAL", "BEHAVIOURAL"],
    ["Behavioral", "BEHAVIOURAL"],
    ["functional", "FUNCTIONAL"],
    [" Domain ", "DOMAIN"],
  ])("%j is %s", (value, type) => {
    expect(readCompetencyType(value)).toEqual({ ok: true, value: type });
  });

  test.each([["Technical"], [""], [null]])("%j is refused", (value) => {
    expect(readCompetencyType(value).ok).toBe(false);
  });
});

describe("text", () => {
  test.each([
    ["'=SUM(A1)", "=SUM(A1)"],
    ["'-level", "-level"],
    ["'+91", "+91"],
    ["'@home", "@home"],
    ["'plain", "'plain"],
    ["it's", "it's"],
  ])("a formula guard is undone: %j → %j", (cell, value) => {
    expect(unescapeFormula(cell)).toBe(value);
  });

  test("line endings are one \\n and edges are trimmed", () => {
    expect(cleanText("  a\r\nb\rc \n")).toBe("a\nb\nc");
  });

  test.each([
    [undefined, false],
    ["", false],
    ["   ", false],
    ["x".repeat(201), false],
    ["Bad\u0007bell", false],
    ["Integrity", true],
  ])("a required name %j is accepted: %s", (value, isOk) => {
    expect(readRequiredText(value, "Name", 200).ok).toBe(isOk);
  });

  test("optional text: empty and null clear the field", () => {
    expect(readOptionalText("", "Description", 10)).toEqual({ ok: true, value: "" });
    expect(readOptionalText(null, "Description", 10)).toEqual({ ok: true, value: "" });
    expect(readOptionalText(["a"], "Description", 10).ok).toBe(false);
  });

  test.each([
    ["ROLE-ASO", true],
    ["POS.1/A_b", true],
    ["has space", false],
    ["-LEADING", false],
    ["", false],
  ])("code %j is accepted: %s", (value, isOk) => {
    expect(readCode(value, "Code").ok).toBe(isOk);
  });

  test("an external id may not hold the list separator", () => {
    expect(readExternalId("A;B")).toMatchObject({ ok: false });
    expect(readExternalId("KCM 1.2")).toEqual({ ok: true, value: "KCM 1.2" });
  });

  test("lists split on semicolons and drop empty items", () => {
    expect(splitList(" A; B;;C ; ")).toEqual(["A", "B", "C"]);
    expect(splitList("")).toEqual([]);
  });
});
