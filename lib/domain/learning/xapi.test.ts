import { describe, expect, it } from "vitest";
import {
  VERBS,
  activityIri,
  resolveVerb,
  statementIdForRecord,
  toXapiStatement,
  type LearningRecordForExport,
  type XapiObjectType,
  type XapiStatement,
  type XapiVerbName,
} from "./xapi";

const BASE = "https://kaushal.gov.in";
const ENROLMENT = "0195f3a2-7c4e-7b1d-9a0f-3c2d1e0f4a5b";

const RECORD: LearningRecordForExport = {
  id: BigInt(42),
  actor: { id: "u1", name: "Asha Verma", email: "asha.verma@gov.in" },
  verb: "completed",
  objectType: "Course",
  objectId: "c1",
  objectName: "Right to Information for PIOs",
  result: { completion: true, durationSeconds: 3723 },
  context: { registration: ENROLMENT, courseId: "c1" },
  timestamp: new Date("2026-03-02T10:00:00Z"),
};

describe("VERBS", () => {
  it.each(Object.entries(VERBS))("%s has an absolute IRI and a display name", (_name, verb) => {
    expect(verb.id).toMatch(/^https?:\/\/[^\s]+$/);
    expect(verb.display.length).toBeGreaterThan(0);
  });

  it("uses each IRI once", () => {
    const ids = Object.values(VERBS).map((verb) => verb.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("resolveVerb", () => {
  it.each<[string, XapiVerbName | null]>([
    ["completed", "completed"],
    ["http://adlnet.gov/expapi/verbs/passed", "passed"],
    ["http://id.tincanapi.com/verb/unregistered", "withdrew"],
    ["withdrew", "withdrew"],
    ["Completed", null],
    ["toString", null],
    ["constructor", null],
    ["http://example.com/verbs/completed", null],
  ])("%s → %s", (verb, expected) => {
    expect(resolveVerb(verb)).toBe(expected);
  });
});

describe("activityIri", () => {
  it.each<[string, XapiObjectType, string, string]>([
    [BASE, "course", "c1", "https://kaushal.gov.in/courses/c1"],
    [`${BASE}/`, "lesson", "l1", "https://kaushal.gov.in/lessons/l1"],
    [`${BASE}//`, "assessment", "a1", "https://kaushal.gov.in/assessments/a1"],
    [BASE, "session", "s 1/2", "https://kaushal.gov.in/sessions/s%201%2F2"],
  ])("%s %s %s", (base, type, id, expected) => {
    expect(activityIri(base, type, id)).toBe(expected);
  });
});

describe("statementIdForRecord", () => {
  it.each<[bigint | number | string, string]>([
    [1, "6b736800-0000-8000-8000-000000000001"],
    [BigInt(42), "6b736800-0000-8000-8000-00000000002a"],
    ["281474976710656", "6b736800-0000-8000-8001-000000000000"],
    [BigInt("9223372036854775807"), "6b736800-0000-8007-8fff-ffffffffffff"],
  ])("%s → %s", (id, expected) => {
    const uuid = statementIdForRecord(id);
    expect(uuid).toBe(expected);
    // Version 8, RFC 4122 variant.
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("differs for different records", () => {
    expect(statementIdForRecord(1)).not.toBe(statementIdForRecord(2));
  });

  it.each([[-1], [BigInt(2) ** BigInt(88)]])("rejects %s", (id) => {
    expect(() => statementIdForRecord(id)).toThrow(RangeError);
  });
});

describe("toXapiStatement", () => {
  it("maps a course completion", () => {
    expect(toXapiStatement(RECORD, BASE)).toEqual<XapiStatement>({
      id: "6b736800-0000-8000-8000-00000000002a",
      actor: { objectType: "Agent", name: "Asha Verma", mbox: "mailto:asha.verma@gov.in" },
      verb: { id: "http://adlnet.gov/expapi/verbs/completed", display: { "en-US": "completed" } },
      object: {
        objectType: "Activity",
        id: "https://kaushal.gov.in/courses/c1",
        definition: { type: "http://adlnet.gov/expapi/activities/course", name: { en: "Right to Information for PIOs" } },
      },
      result: { completion: true, duration: "PT1H2M3S" },
      // A course is its own top level: no parent.
      context: { platform: "Kaushal", registration: ENROLMENT },
      timestamp: "2026-03-02T10:00:00.000Z",
    });
  });

  it("maps a failed assessment the way the seed stores it, under its course", () => {
    const statement = toXapiStatement(
      {
        ...RECORD,
        verb: "http://adlnet.gov/expapi/verbs/failed",
        objectType: "Assessment",
        objectId: "a1",
        objectName: null,
        result: { success: false, score: { raw: 4, max: 10, scaled: 0.9 } },
      },
      BASE,
    );
    expect(statement.verb.id).toBe("http://adlnet.gov/expapi/verbs/failed");
    expect(statement.object).toEqual({ objectType: "Activity", id: "https://kaushal.gov.in/assessments/a1", definition: { type: "http://adlnet.gov/expapi/activities/assessment" } });
    // scaled comes from raw/min/max, not from the stored (stale) value.
    expect(statement.result).toEqual({ success: false, score: { raw: 4, min: 0, max: 10, scaled: 0.4 } });
    expect(statement.context?.contextActivities?.parent[0]?.id).toBe("https://kaushal.gov.in/courses/c1");
  });

  it.each<[string, LearningRecordForExport["result"], XapiStatement["result"] | undefined]>([
    ["no result", null, undefined],
    ["empty result", {}, undefined],
    ["stored ISO duration is normalised", { completion: true, duration: "PT300S" }, { completion: true, duration: "PT5M" }],
    ["scaled rounded to 4 places", { score: { raw: 1, max: 3 } }, { score: { raw: 1, min: 0, max: 3, scaled: 0.3333 } }],
    ["raw only keeps a given scaled, clamped", { score: { raw: 7, scaled: 1.4 } }, { score: { raw: 7, scaled: 1 } }],
    ["min equals max: no scaled", { score: { raw: 5, min: 5, max: 5 } }, { score: { raw: 5, min: 5, max: 5 } }],
    ["a response", { response: "4" }, { response: "4" }],
  ])("result: %s", (_name, result, expected) => {
    expect(toXapiStatement({ ...RECORD, result }, BASE).result).toEqual(expected);
  });

  it.each<[string, Partial<LearningRecordForExport>]>([
    ["unknown verb", { verb: "liked" }],
    ["unknown object type", { objectType: "Certificate" }],
    ["prototype property as object type", { objectType: "constructor" }],
    ["raw above max", { result: { score: { raw: 11, max: 10 } } }],
    ["raw below min", { result: { score: { raw: -1, min: 0, max: 10 } } }],
    ["min above max", { result: { score: { raw: 5, min: 10, max: 0 } } }],
    ["bad duration", { result: { duration: "20 minutes" } }],
    ["negative duration", { result: { durationSeconds: -5 } }],
  ])("refuses %s", (_name, change) => {
    expect(() => toXapiStatement({ ...RECORD, ...change }, BASE)).toThrow(RangeError);
  });

  it.each<[string, LearningRecordForExport["context"], XapiStatement["context"]]>([
    ["no context", null, { platform: "Kaushal" }],
    ["registration that is not a UUID is left out", { registration: "enrolment-1" }, { platform: "Kaushal" }],
    ["upper-case UUID is normalised", { registration: ENROLMENT.toUpperCase() }, { platform: "Kaushal", registration: ENROLMENT }],
  ])("context: %s", (_name, context, expected) => {
    expect(toXapiStatement({ ...RECORD, context }, BASE).context).toEqual(expected);
  });

  it("lower-cases the mailbox and accepts a lesson in any case", () => {
    const statement = toXapiStatement({ ...RECORD, actor: { ...RECORD.actor, email: " Asha.Verma@GOV.in " }, objectType: "LESSON", objectId: "l1" }, BASE);
    expect(statement.actor.mbox).toBe("mailto:asha.verma@gov.in");
    expect(statement.object.definition.type).toBe("http://adlnet.gov/expapi/activities/lesson");
  });
});
