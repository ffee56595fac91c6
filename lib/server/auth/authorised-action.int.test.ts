import { afterAll, describe, expect, test } from "vitest";
import { z } from "zod";
import { ok } from "@/lib/domain/action-result";
import { DomainError } from "@/lib/domain/learning/domain-error";
import { assertCan } from "@/lib/domain/permissions";
import type { CurrentUser, RoleName } from "@/lib/domain/roles";
import { createAuthorisedAction, formDataToObject } from "@/lib/server/auth/authorised-action";
import { db } from "@/lib/server/db";

function official(...roles: RoleName[]): CurrentUser {
  return {
    id: "0190f0f0-0000-7000-8000-000000000001",
    name: "Test Official",
    email: "official@kaushal.gov.in",
    organisationId: null,
    preferredLanguage: "EN",
    grants: roles.map((role) => ({ role, organisationId: null, providerId: null })),
  };
}

const enrolSchema = z.object({ courseId: z.uuid("Choose a course"), note: z.string().max(5).optional() });
const COURSE = "0190f0f0-0000-7000-8000-0000000000c1";

function enrolAs(user: CurrentUser | null) {
  const calls: unknown[] = [];
  const action = createAuthorisedAction(async () => user)("learning:own", enrolSchema, async (input, who) => {
    calls.push(input);
    return ok({ courseId: input.courseId, userId: who.id });
  });
  return { action, calls };
}

afterAll(async () => {
  await db.$disconnect();
});

describe("authorisedAction", () => {
  test("runs the handler with parsed input and the user", async () => {
    const { action, calls } = enrolAs(official("LEARNER"));
    expect(await action({ courseId: COURSE })).toEqual({ ok: true, data: { courseId: COURSE, userId: official().id } });
    expect(calls).toHaveLength(1);
  });

  test("accepts (previousState, formData) as useActionState calls it", async () => {
    const { action } = enrolAs(official("LEARNER"));
    const form = new FormData();
    form.set("courseId", COURSE);
    form.set("$ACTION_ID_abc", "");
    expect(await action(null, form)).toMatchObject({ ok: true });
  });

  test("refuses a signed-out caller before parsing or running anything", async () => {
    const { action, calls } = enrolAs(null);
    expect(await action({ courseId: COURSE })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(calls).toHaveLength(0);
  });

  test("refuses a caller without the permission", async () => {
    const { action, calls } = enrolAs(official("CBC_ANALYST"));
    expect(await action({ courseId: COURSE })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(calls).toHaveLength(0);
  });

  test("returns field errors for bad input and does not run the handler", async () => {
    const { action, calls } = enrolAs(official("LEARNER"));
    const result = await action({ courseId: "nope", note: "far too long" });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    if (result.ok) throw new Error("unreachable");
    expect(result.fieldErrors?.courseId).toEqual(["Choose a course"]);
    expect(result.fieldErrors?.note?.length).toBe(1);
    expect(calls).toHaveLength(0);
  });

  test("turns an object-level PermissionDeniedError from the handler into FORBIDDEN", async () => {
    const action = createAuthorisedAction(async () => official("LEARNER"))("course:browse", z.object({}), async (_input, user) => {
      assertCan(user, "admin:all");
      return ok();
    });
    expect(await action({})).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  test("turns a coded DomainError from the rules into a typed failure with its message", async () => {
    const action = createAuthorisedAction(async () => official("LEARNER"))("course:browse", z.object({}), async () => {
      throw new DomainError("BATCH_FULL");
    });
    expect(await action({})).toEqual({ ok: false, code: "BATCH_FULL", message: "This batch is full. Choose another batch." });
  });

  test("lets unexpected errors propagate (Next logs them; no raw message is returned)", async () => {
    const action = createAuthorisedAction(async () => official("LEARNER"))("course:browse", z.object({}), async () => {
      throw new Error("database exploded");
    });
    await expect(action({})).rejects.toThrow("database exploded");
  });
});

test("formDataToObject keeps repeated fields as arrays and drops React's internal fields", () => {
  const form = new FormData();
  form.append("officialIds", "a");
  form.append("officialIds", "b");
  form.append("title", "Plan");
  form.append("$ACTION_REF_1", "");
  expect(formDataToObject(form)).toEqual({ officialIds: ["a", "b"], title: "Plan" });
});
