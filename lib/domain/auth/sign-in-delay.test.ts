import { expect, test } from "vitest";
import { signInDelaySeconds } from "@/lib/domain/auth/sign-in-delay";

const POLICY = { freeFailures: 10, maxDelaySeconds: 20 };

test.each([
  [0, 0],
  [9, 0],
  [10, 1],
  [11, 2],
  [12, 4],
  [14, 16],
  [15, 20],
  [10_000, 20],
])("%i failures → wait %i s", (failures, seconds) => {
  expect(signInDelaySeconds(failures, POLICY)).toBe(seconds);
});

test("a zero cap turns the delay off", () => {
  expect(signInDelaySeconds(50, { freeFailures: 10, maxDelaySeconds: 0 })).toBe(0);
});
