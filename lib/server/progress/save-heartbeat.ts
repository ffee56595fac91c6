import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { DomainError } from "@/lib/domain/learning/domain-error";
import { isoDate } from "@/lib/domain/format-date";
import type { LockedProgress } from "./lock-lesson-progress";

// Heartbeats and reading pings are the most frequent writes there are (every 15 s per open
// lesson), so they hold no interactive transaction: the progress row is read without a lock, the
// domain rule computes the next state, and one SQL statement writes it only if the row is still
// the one read (compare-and-set on lastHeartbeatAt and secondsSpent), crediting the day and
// touching the enrolment in the same statement. Of two tabs reporting the same window, one
// statement matches and the other matches nothing, so no window is ever credited twice.
// Lock order inside the statement is LessonProgress → Enrolment, as every progress write's.

type ProgressKey = { enrolmentId: string; lessonId: string; userId: string };

export type ProgressSnapshot = Pick<LockedProgress, "positionSeconds" | "maxPositionSeconds" | "secondsSpent" | "lastHeartbeatAt">;

export type HeartbeatWrite = {
  next: { positionSeconds: number; maxPositionSeconds: number; secondsSpent: number; lastHeartbeatAt: Date };
  creditedSeconds: number;
  isCompetencyLinked: boolean;
  now: Date;
};

const SNAPSHOT_SELECT = { positionSeconds: true, maxPositionSeconds: true, secondsSpent: true, lastHeartbeatAt: true } as const;

/** The lesson's progress row as it stands, without a lock; null before the first heartbeat. */
export async function readProgressForHeartbeat(key: ProgressKey): Promise<ProgressSnapshot | null> {
  return db.lessonProgress.findUnique({
    where: { enrolmentId_lessonId: { enrolmentId: key.enrolmentId, lessonId: key.lessonId } },
    select: SNAPSHOT_SELECT,
  });
}

/** What a lesson nobody has opened yet counts as. */
export const UNOPENED: ProgressSnapshot = { positionSeconds: 0, maxPositionSeconds: 0, secondsSpent: 0, lastHeartbeatAt: null };

// Timestamps are stored as UTC wall time (timestamp(3) without zone): casting an ISO string with
// its "Z" to that type keeps the wall time, exactly as Prisma writes a Date.
const wallTime = (date: Date | null) => (date ? date.toISOString() : null);

/**
 * Writes `write.next` if the row still holds `seen` (null: creates the row, if it still does not
 * exist — so a refused heartbeat never leaves an empty row behind). Returns false when another request changed
 * it first (the caller re-reads and decides again). Throws NOT_ENROLLED when the enrolment has
 * been withdrawn (or is gone): nothing is written then.
 */
export async function saveHeartbeatIfUnchanged(key: ProgressKey, seen: ProgressSnapshot | null, write: HeartbeatWrite): Promise<boolean> {
  const { now } = write;
  const linked = write.isCompetencyLinked ? write.creditedSeconds : 0;
  const rows = await db.$queryRaw<{ moved: number; enrolled: number }[]>`
    WITH enrolment AS (
      SELECT "id" FROM "Enrolment" WHERE "id" = ${key.enrolmentId}::uuid AND "status" <> 'WITHDRAWN'
    ), moved AS (${seen ? updateIfUnchanged(key, seen, write) : insertIfMissing(key, write)}
    ), credited AS (
      INSERT INTO "LearningTimeDaily" ("userId", "day", "seconds", "competencyLinkedSeconds")
      SELECT ${key.userId}::uuid, ${isoDate(now)}::date, ${write.creditedSeconds}::int, ${linked}::int
        FROM moved WHERE ${write.creditedSeconds}::int > 0
      ON CONFLICT ("userId", "day") DO UPDATE SET
        "seconds" = "LearningTimeDaily"."seconds" + EXCLUDED."seconds",
        "competencyLinkedSeconds" = "LearningTimeDaily"."competencyLinkedSeconds" + EXCLUDED."competencyLinkedSeconds"
      RETURNING 1
    ), touched AS (
      UPDATE "Enrolment" e
         SET "status" = CASE WHEN e."status" = 'ENROLLED' THEN 'IN_PROGRESS'::"EnrolmentStatus" ELSE e."status" END,
             "startedAt" = COALESCE(e."startedAt", ${wallTime(now)}::timestamp(3)),
             "lastAccessedAt" = ${wallTime(now)}::timestamp(3)
        FROM moved WHERE e."id" = moved."enrolmentId" AND e."status" <> 'WITHDRAWN'
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM moved)::int AS "moved", (SELECT count(*) FROM enrolment)::int AS "enrolled"`;
  const result = rows[0];
  if (!result || result.enrolled === 0) throw new DomainError("NOT_ENROLLED");
  return result.moved > 0;
}

function updateIfUnchanged(key: ProgressKey, seen: ProgressSnapshot, { next, now }: HeartbeatWrite): Prisma.Sql {
  return Prisma.sql`
      UPDATE "LessonProgress" p
         SET "positionSeconds" = ${next.positionSeconds}, "maxPositionSeconds" = ${next.maxPositionSeconds},
             "secondsSpent" = ${next.secondsSpent}, "lastHeartbeatAt" = ${wallTime(next.lastHeartbeatAt)}::timestamp(3),
             "updatedAt" = ${wallTime(now)}::timestamp(3)
       WHERE p."enrolmentId" = ${key.enrolmentId}::uuid AND p."lessonId" = ${key.lessonId}::uuid
         AND p."lastHeartbeatAt" IS NOT DISTINCT FROM ${wallTime(seen.lastHeartbeatAt)}::timestamp(3)
         AND p."secondsSpent" = ${seen.secondsSpent}
         AND EXISTS (SELECT 1 FROM enrolment)
      RETURNING p."enrolmentId"`;
}

function insertIfMissing(key: ProgressKey, { next, now }: HeartbeatWrite): Prisma.Sql {
  return Prisma.sql`
      INSERT INTO "LessonProgress" ("enrolmentId", "lessonId", "userId", "status", "positionSeconds", "maxPositionSeconds",
                                    "secondsSpent", "lastHeartbeatAt", "startedAt", "updatedAt")
      SELECT enrolment."id", ${key.lessonId}::uuid, ${key.userId}::uuid, 'IN_PROGRESS'::"LessonProgressStatus",
             ${next.positionSeconds}, ${next.maxPositionSeconds}, ${next.secondsSpent},
             ${wallTime(next.lastHeartbeatAt)}::timestamp(3), ${wallTime(now)}::timestamp(3), ${wallTime(now)}::timestamp(3)
        FROM enrolment
      ON CONFLICT ("enrolmentId", "lessonId") DO NOTHING
      RETURNING "enrolmentId"`;
}

/** How many times a heartbeat re-reads and decides again after losing a race, before it gives up as stale. */
export const HEARTBEAT_ATTEMPTS = 3;
