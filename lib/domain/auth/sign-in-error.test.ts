import { expect, test } from "vitest";
import {
  encodeSignInError,
  formatWait,
  parseSignInError,
  signInErrorMessage,
  type SignInError,
} from "@/lib/domain/auth/sign-in-error";
import { credentialsSchema } from "@/lib/domain/auth/credentials.schema";

test.each<[SignInError, string]>([
  [{ code: "CredentialsSignin" }, "CredentialsSignin"],
  [{ code: "AccountSuspended" }, "AccountSuspended"],
  [{ code: "RateLimited", retryAfterSeconds: 899.2 }, "RateLimited:900"],
  [{ code: "RateLimited", retryAfterSeconds: 0 }, "RateLimited:1"],
  [{ code: "SignInUnavailable" }, "SignInUnavailable"],
])("encode %j → %s and back", (error, encoded) => {
  expect(encodeSignInError(error)).toBe(encoded);
  const parsed = parseSignInError(encoded);
  expect(parsed?.code).toBe(error.code);
});

test.each<[string | null, SignInError | null]>([
  [null, null],
  ["", null],
  ["RateLimited:120", { code: "RateLimited", retryAfterSeconds: 120 }],
  ["RateLimited:abc", { code: "CredentialsSignin" }],
  ["Configuration", { code: "CredentialsSignin" }],
  ["<script>alert(1)</script>", { code: "CredentialsSignin" }],
])("parse %j", (raw, expected) => {
  expect(parseSignInError(raw)).toEqual(expected);
});

test.each<[number, string]>([
  [1, "1 second"],
  [45, "45 seconds"],
  [60, "1 minute"],
  [61, "2 minutes"],
  [900, "15 minutes"],
  [3600, "1 hour"],
  [7200, "2 hours"],
])("formatWait(%i) → %s", (seconds, expected) => {
  expect(formatWait(seconds)).toBe(expected);
});

test("messages tell suspension and rate limits apart from a wrong password", () => {
  const wrong = signInErrorMessage({ code: "CredentialsSignin" });
  const suspended = signInErrorMessage({ code: "AccountSuspended" });
  const limited = signInErrorMessage({ code: "RateLimited", retryAfterSeconds: 600 });
  expect(wrong).toMatch(/incorrect/);
  expect(suspended).toMatch(/suspended/);
  expect(suspended).not.toMatch(/incorrect/);
  expect(limited).toMatch(/10 minutes/);
});

test.each<[string, string]>([
  ["  Learner@Kaushal.GOV.in ", "learner@kaushal.gov.in"],
  ["mdo.admin@kaushal.gov.in", "mdo.admin@kaushal.gov.in"],
])("credentials email %j is normalised to %s", (email, expected) => {
  const parsed = credentialsSchema.safeParse({ email, password: "x" });
  expect(parsed.success && parsed.data.email).toBe(expected);
});

test.each([
  [{ email: "", password: "x" }],
  [{ email: "a@b.in", password: "" }],
  [{ email: "a@b.in", password: "x".repeat(1025) }],
  [{ email: "a@b.in" }],
])("credentials %j are rejected", (input) => {
  expect(credentialsSchema.safeParse(input).success).toBe(false);
});
