import { expect, test } from "vitest";
import { createRng } from "./rng";
import { createIdSequence } from "./uuid7";

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test("ids are UUIDv7 with the start time in their first 48 bits", () => {
  const start = Date.UTC(2026, 4, 1);
  const [first] = [createIdSequence(start, createRng("ids", 1).next).next()];
  expect(first).toMatch(UUID_V7);
  expect(parseInt(first!.replace(/-/g, "").slice(0, 12), 16)).toBe(start);
});

test("ids are strictly increasing in the order they are drawn, across millisecond steps", () => {
  const sequence = createIdSequence(Date.UTC(2026, 0, 1), createRng("ids", 2).next);
  const ids = Array.from({ length: 10_000 }, () => sequence.next());
  for (let i = 1; i < ids.length; i++) expect(ids[i]! > ids[i - 1]!).toBe(true);
  expect(new Set(ids).size).toBe(ids.length);
  expect(sequence.count).toBe(10_000);
  expect(ids.every((id) => UUID_V7.test(id))).toBe(true);
});

test("the same start and stream give the same ids", () => {
  const make = () => {
    const sequence = createIdSequence(1_700_000_000_000, createRng("ids", 3).next);
    return Array.from({ length: 5 }, () => sequence.next());
  };
  expect(make()).toEqual(make());
});
