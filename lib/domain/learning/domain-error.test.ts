import { describe, expect, it } from "vitest";
import { DOMAIN_ERROR_CODES, DomainError, domainErrorMessage, isDomainError, type DomainErrorCode } from "./domain-error";

describe("DomainError", () => {
  it.each(DOMAIN_ERROR_CODES.map((code) => [code]))("%s has a user-facing sentence", (code) => {
    const error = new DomainError(code);
    expect(error.code).toBe(code);
    expect(error.message).toBe(domainErrorMessage(code));
    expect(error.message).toMatch(/^[A-Z].*\.$/);
    // A message must never leak the code itself or anything that looks like internals.
    expect(error.message).not.toContain("_");
  });

  it.each<[DomainErrorCode, string | undefined, string]>([
    ["BATCH_FULL", undefined, "This batch is full. Choose another batch."],
    ["IMPLAUSIBLE_PROGRESS", "This video needs about 7 more minutes of watching.", "This video needs about 7 more minutes of watching."],
  ])("%s with message %s", (code, message, expected) => {
    expect(new DomainError(code, message).message).toBe(expected);
  });

  it.each<[unknown, boolean]>([
    [new DomainError("NOT_ENROLLED"), true],
    [new Error("NOT_ENROLLED"), false],
    [{ code: "NOT_ENROLLED", message: "x" }, false],
    [null, false],
  ])("isDomainError(%o) → %s", (value, expected) => {
    expect(isDomainError(value)).toBe(expected);
  });

  it("is an Error with a stable name for logs", () => {
    const error = new DomainError("LESSON_LOCKED");
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("DomainError");
  });
});
