import { describe, expect, test } from "vitest";
import { z } from "zod";
import { createOfficialSchema, decisionSchema, registrationLinkSchema } from "./officials.schema";

const ORG = "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";

function fieldsWithErrors(result: { success: boolean; error?: z.ZodError }) {
  return result.success ? [] : Object.keys(z.flattenError(result.error!).fieldErrors).sort();
}

describe("officials forms", () => {
  test.each([
    ["a valid official", { name: "Asha Verma", email: "Asha@Gov.IN", organisationId: ORG }, []],
    ["no name, bad email", { name: " ", email: "asha", organisationId: ORG }, ["email", "name"]],
    ["group outside A–D", { name: "Asha", email: "a@b.in", organisationId: ORG, group: "E" }, ["group"]],
    ["no organisation", { name: "Asha", email: "a@b.in" }, ["organisationId"]],
    ["a post that is not an id", { name: "Asha", email: "a@b.in", organisationId: ORG, fracPositionId: "x" }, ["fracPositionId"]],
  ])("%s", (_label, input, fields) => {
    expect(fieldsWithErrors(createOfficialSchema.safeParse(input))).toEqual(fields);
  });

  test("emails are stored lower-case and empty optional fields become null", () => {
    const parsed = createOfficialSchema.parse({ name: "Asha", email: "Asha@Gov.IN", organisationId: ORG, designation: "", group: "", fracPositionId: "" });
    expect(parsed).toMatchObject({ email: "asha@gov.in", designation: null, group: null, fracPositionId: null });
  });

  test.each([
    [{ organisationId: ORG, days: "14" }, []],
    [{ organisationId: ORG, days: "0" }, ["days"]],
    [{ organisationId: ORG, days: "91" }, ["days"]],
    [{ organisationId: "nope", days: "2.5" }, ["days", "organisationId"]],
  ])("registration link %j", (input, fields) => {
    expect(fieldsWithErrors(registrationLinkSchema.safeParse(input))).toEqual(fields);
  });

  test("a decision needs a known verdict", () => {
    expect(fieldsWithErrors(decisionSchema.safeParse({ requestId: ORG, decision: "MAYBE" }))).toEqual(["decision"]);
  });
});
