import "server-only";
import { cache } from "react";
import { resolveVerb, VERBS } from "@/lib/domain/learning/xapi";
import { db } from "@/lib/server/db";

const RECENT_LIMIT = 10;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type LearningRecordSummary = {
  total: number;
  firstAt: Date | null;
  recent: { id: string; verb: string; objectType: string; objectName: string | null; timestamp: Date }[];
};

/** How many statements the official's export will hold, and the latest few, for the record page. */
export const getLearningRecordSummary = cache(async (userId: string): Promise<LearningRecordSummary> => {
  const [total, first, recent] = await Promise.all([
    db.learningRecord.count({ where: { actorId: userId } }),
    db.learningRecord.findFirst({ where: { actorId: userId }, orderBy: { timestamp: "asc" }, select: { timestamp: true } }),
    db.learningRecord.findMany({
      where: { actorId: userId },
      orderBy: [{ timestamp: "desc" }, { id: "desc" }],
      take: RECENT_LIMIT,
      select: { id: true, verb: true, objectType: true, objectId: true, result: true, timestamp: true },
    }),
  ]);
  const idsOf = (type: string) => recent.filter((row) => row.objectType.toLowerCase() === type && UUID.test(row.objectId)).map((row) => row.objectId);
  const [courses, lessons, assessments, sessions] = await Promise.all([
    db.course.findMany({ where: { id: { in: idsOf("course") } }, select: { id: true, title: true } }),
    db.lesson.findMany({ where: { id: { in: idsOf("lesson") } }, select: { id: true, title: true } }),
    db.assessment.findMany({ where: { id: { in: idsOf("assessment") } }, select: { id: true, title: true } }),
    db.batchSession.findMany({
      where: { id: { in: idsOf("session") } },
      select: { id: true, title: true, batch: { select: { course: { select: { title: true } } } } },
    }),
  ]);
  const names = new Map([
    ...[...courses, ...lessons, ...assessments].map((row) => [row.id, row.title] as const),
    ...sessions.map((row) => [row.id, `${row.batch.course.title}: ${row.title}`] as const),
  ]);
  return {
    total,
    firstAt: first?.timestamp ?? null,
    recent: recent.map((row) => {
      const verb = resolveVerb(row.verb);
      return {
        id: row.id.toString(),
        verb: verb === "attended" ? attendanceVerb(row.result) : verb ? VERBS[verb].display : row.verb,
        objectType: row.objectType.toLowerCase(),
        objectName: names.get(row.objectId) ?? null,
        timestamp: row.timestamp,
      };
    }),
  };
});

/**
 * Attendance marks are all "attended" statements, with result.completion saying whether the
 * official was there; the page names an absence as one rather than as attendance.
 */
function attendanceVerb(result: unknown): "attended" | "absent" | "excused" {
  const response = typeof result === "object" && result !== null ? (result as { response?: unknown }).response : undefined;
  if (response === "ABSENT") return "absent";
  if (response === "EXCUSED") return "excused";
  return "attended";
}
