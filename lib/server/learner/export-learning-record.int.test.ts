import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { statementIdForRecord, VERBS } from "@/lib/domain/learning/xapi";
import { createCourse } from "@/lib/server/factories/create-course";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createProvider } from "@/lib/server/factories/create-provider";
import { exportLearningRecord, learningRecordJsonStream } from "./export-learning-record";
import { getLearningRecordSummary } from "./get-learning-record-summary";

const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });
const BASE_URL = "https://kaushal.example.gov.in";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let me = { id: "", name: "", email: "" };
let ownRecordIds: bigint[] = [];
let courseId = "";

beforeAll(async () => {
  const official = await createOfficial(fixtureDb, { name: "Export Tester" });
  const other = await createOfficial(fixtureDb);
  me = { id: official.id, name: official.name, email: official.email };
  const course = await createCourse(fixtureDb, { providerId: (await createProvider(fixtureDb)).id, title: "Export course" });
  courseId = course.id;
  const context = { registration: "01a20864-2f68-758f-baa6-149d9fbfac58", courseId };
  const at = (minutes: number) => new Date(Date.UTC(2026, 10, 1, 10, minutes));
  const own = [
    { verb: VERBS.registered.id, objectType: "Course", objectId: courseId, context, timestamp: at(0) },
    { verb: VERBS.completed.id, objectType: "Lesson", objectId: "01a20864-2f68-758f-baa6-000000000001", result: { completion: true, duration: "PT300S" }, context, timestamp: at(5) },
    { verb: VERBS.passed.id, objectType: "Assessment", objectId: "01a20864-2f68-758f-baa6-000000000002", result: { success: true, score: { raw: 8, max: 10 } }, context, timestamp: at(9) },
    // Not one of our verbs: left out of the export rather than failing it.
    { verb: "http://example.com/verbs/juggled", objectType: "Course", objectId: courseId, timestamp: at(10) },
    { verb: VERBS.completed.id, objectType: "Course", objectId: courseId, result: { completion: true }, context, timestamp: at(12) },
  ];
  for (const row of own) await fixtureDb.learningRecord.create({ data: { actorId: official.id, ...row } });
  await fixtureDb.learningRecord.create({ data: { actorId: other.id, verb: VERBS.registered.id, objectType: "Course", objectId: courseId } });
  ownRecordIds = (await fixtureDb.learningRecord.findMany({ where: { actorId: official.id }, orderBy: { id: "asc" }, select: { id: true } })).map((r) => r.id);
});

afterAll(async () => {
  await fixtureDb.$disconnect();
});

async function collect(pageSize: number) {
  const pages = [];
  for await (const page of exportLearningRecord({ actor: me, baseUrl: BASE_URL, pageSize })) pages.push(page);
  return pages;
}

describe("exportLearningRecord", () => {
  test("exports only the official's own records, oldest first, as valid xAPI statements", async () => {
    const statements = (await collect(500)).flat();
    expect(statements).toHaveLength(4);
    expect(new Set(statements.map((s) => s.actor.mbox))).toEqual(new Set([`mailto:${me.email}`]));
    expect(statements.map((s) => s.verb.id)).toEqual([VERBS.registered.id, VERBS.completed.id, VERBS.passed.id, VERBS.completed.id]);
    // Stable ids from the row ids, so a re-export is recognised by an LRS as the same statements.
    const juggled = ownRecordIds[3]!;
    expect(statements.map((s) => s.id)).toEqual(ownRecordIds.filter((id) => id !== juggled).map((id) => statementIdForRecord(id)));
    for (const statement of statements) {
      expect(statement.id).toMatch(UUID);
      expect(statement.actor).toEqual({ objectType: "Agent", name: "Export Tester", mbox: `mailto:${me.email}` });
      expect(statement.object.id.startsWith(`${BASE_URL}/`)).toBe(true);
      expect(new Date(statement.timestamp).toISOString()).toBe(statement.timestamp);
      expect(statement.context?.platform).toBe("Kaushal");
    }
    expect(statements[0]?.object.definition.name).toEqual({ en: "Export course" });
    expect(statements[1]?.result).toEqual({ completion: true, duration: "PT5M" });
    expect(statements[2]?.result).toEqual({ success: true, score: { raw: 8, min: 0, max: 10, scaled: 0.8 } });
    expect(statements[2]?.context?.contextActivities?.parent[0]?.id).toBe(`${BASE_URL}/courses/${courseId}`);
  });

  test("pages by id cursor without losing or repeating a statement", async () => {
    const pages = await collect(2);
    expect(pages.map((page) => page.length)).toEqual([2, 1, 1]);
    expect(pages.flat()).toEqual((await collect(500)).flat());
  });

  test("the streamed download is one JSON array of the same statements", async () => {
    const text = await new Response(learningRecordJsonStream({ actor: me, baseUrl: BASE_URL, pageSize: 2 })).text();
    expect(JSON.parse(text)).toEqual((await collect(500)).flat());
  });

  test("an official with no records downloads an empty array", async () => {
    const lonely = await createOfficial(fixtureDb);
    const text = await new Response(learningRecordJsonStream({ actor: { id: lonely.id, name: lonely.name, email: lonely.email }, baseUrl: BASE_URL })).text();
    expect(JSON.parse(text)).toEqual([]);
  });

  test("the record page summary counts the official's own statements only", async () => {
    const summary = await getLearningRecordSummary(me.id);
    expect(summary.total).toBe(5);
    expect(summary.recent[0]).toMatchObject({ verb: "completed", objectType: "course", objectName: "Export course" });
  });
});
