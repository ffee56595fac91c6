import "server-only";
import { toXapiStatement, type LearningRecordResult, type XapiStatement } from "@/lib/domain/learning/xapi";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db";

// Small enough that one page's rows and names stay a few hundred kilobytes in memory, large
// enough that a long career's history (tens of thousands of statements) is a few dozen queries.
export const EXPORT_PAGE_SIZE = 500;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type ExportActor = { id: string; name: string; email: string };

/**
 * The official's own learning record as xAPI 1.0.3 statements, oldest first, one page at a time
 * (keyset pagination on the id, so page 100 costs what page 1 does). The actor is the only scope:
 * callers pass the signed-in official and nothing else, so no input can reach another's records.
 * A row this mapping cannot express (an unknown verb or object type) is skipped, not fatal: one
 * odd row must not stop an official from taking their record elsewhere.
 */
export async function* exportLearningRecord(options: {
  actor: ExportActor;
  baseUrl: string;
  pageSize?: number;
}): AsyncGenerator<XapiStatement[], void, undefined> {
  const pageSize = options.pageSize ?? EXPORT_PAGE_SIZE;
  let cursor: bigint | null = null;
  for (;;) {
    const rows: { id: bigint; verb: string; objectType: string; objectId: string; result: unknown; context: unknown; timestamp: Date }[] =
      await db.learningRecord.findMany({
        where: { actorId: options.actor.id, ...(cursor !== null && { id: { gt: cursor } }) },
        orderBy: { id: "asc" },
        take: pageSize,
        select: { id: true, verb: true, objectType: true, objectId: true, result: true, context: true, timestamp: true },
      });
    if (rows.length === 0) return;
    const names = await objectNames(rows);
    const statements: XapiStatement[] = [];
    for (const row of rows) {
      try {
        statements.push(
          toXapiStatement(
            {
              id: row.id,
              actor: options.actor,
              verb: row.verb,
              objectType: row.objectType,
              objectId: row.objectId,
              objectName: names.get(row.objectId) ?? null,
              result: asObject(row.result) as LearningRecordResult | null,
              context: asObject(row.context) as { registration?: string; courseId?: string } | null,
              timestamp: row.timestamp,
            },
            options.baseUrl,
          ),
        );
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        console.warn(`Learning record ${row.id} left out of an export: ${error.message}`);
      }
    }
    yield statements;
    if (rows.length < pageSize) return;
    cursor = rows[rows.length - 1]!.id;
  }
}

function asObject(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** Titles of the page's courses, lessons and assessments: three queries per page, not one per row. */
async function objectNames(rows: readonly { verb: string; objectType: string; objectId: string }[]): Promise<Map<string, string>> {
  const idsOf = (type: string) => [
    ...new Set(rows.filter((row) => row.objectType.toLowerCase() === type && UUID.test(row.objectId)).map((row) => row.objectId)),
  ];
  const [courses, lessons, assessments] = await Promise.all([
    idsOf("course").length > 0 ? db.course.findMany({ where: { id: { in: idsOf("course") } }, select: { id: true, title: true } }) : [],
    idsOf("lesson").length > 0 ? db.lesson.findMany({ where: { id: { in: idsOf("lesson") } }, select: { id: true, title: true } }) : [],
    idsOf("assessment").length > 0
      ? db.assessment.findMany({ where: { id: { in: idsOf("assessment") } }, select: { id: true, title: true } })
      : [],
  ]);
  return new Map([...courses, ...lessons, ...assessments].map((row) => [row.id, row.title]));
}

/**
 * Activity IRIs must stay the same from one export to the next, or an LRS sees new activities:
 * they use the configured public URL, and the request's origin only where none is configured.
 */
export function xapiBaseUrl(requestOrigin: string): string {
  return env().NEXTAUTH_URL ?? requestOrigin;
}

/**
 * The export as a JSON array of statements (what an LRS accepts at POST /statements), streamed
 * page by page so a long history never sits in memory whole. Cancelling the download stops the
 * queries.
 */
export function learningRecordJsonStream(options: { actor: ExportActor; baseUrl: string; pageSize?: number }): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const pages = exportLearningRecord(options);
  let hasStarted = false;
  let hasStatement = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const chunks: string[] = [];
      if (!hasStarted) {
        hasStarted = true;
        chunks.push("[");
      }
      const page = await pages.next();
      if (page.done) {
        chunks.push(hasStatement ? "\n]\n" : "]\n");
        controller.enqueue(encoder.encode(chunks.join("")));
        controller.close();
        return;
      }
      for (const statement of page.value) {
        chunks.push(`${hasStatement ? "," : ""}\n${JSON.stringify(statement)}`);
        hasStatement = true;
      }
      controller.enqueue(encoder.encode(chunks.join("")));
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
}
