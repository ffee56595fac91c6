import { describe, expect, test } from "vitest";
import { pageCount, pageWindow, parsePageParam } from "./pagination";

describe("parsePageParam", () => {
  test.each<[string | string[] | undefined, number]>([
    [undefined, 1],
    ["", 1],
    ["1", 1],
    ["7", 7],
    ["0", 1],
    ["-2", 1],
    ["2.5", 1],
    ["abc", 1],
    ["1e3", 1],
    ["9999999", 1],
    [["3", "4"], 3],
  ])("%j → %d", (raw, expected) => {
    expect(parsePageParam(raw)).toBe(expected);
  });
});

describe("pageWindow", () => {
  test.each([
    [1, 25, 0],
    [2, 25, 25],
    [10, 25, 225],
    [0, 25, 0],
    [1.5, 25, 0],
  ])("page %d of size %d starts at %d", (page, size, offset) => {
    expect(pageWindow(page, size).offset).toBe(offset);
  });
});

describe("pageCount", () => {
  test.each([
    [0, 25, 1],
    [1, 25, 1],
    [25, 25, 1],
    [26, 25, 2],
    [4_600_000, 25, 184_000],
  ])("%d rows / %d → %d pages", (total, size, expected) => {
    expect(pageCount(total, size)).toBe(expected);
  });
});
