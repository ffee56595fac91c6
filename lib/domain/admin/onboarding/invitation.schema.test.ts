import { expect, test } from "vitest";
import { acceptInvitationSchema } from "./invitation.schema";

test.each([
  [{ token: "t", password: "long-enough-1", confirm: "long-enough-1" }, true],
  [{ token: "t", password: "short", confirm: "short" }, false],
  [{ token: "t", password: "long-enough-1", confirm: "long-enough-2" }, false],
  [{ token: "", password: "long-enough-1", confirm: "long-enough-1" }, false],
])("first password %j is accepted: %s", (input, isValid) => {
  expect(acceptInvitationSchema.safeParse(input).success).toBe(isValid);
});
