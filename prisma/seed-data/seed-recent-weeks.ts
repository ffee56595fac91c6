// The rest of the seed is pinned to fixed dates, so on its own a demo would show nobody learning
// lately: an empty National Learning Week board and flat trend charts. This step gives officials
// reading sessions in each of the last few weeks, up to now: the next few lessons of a course
// they are part-way through, each opened and read for a while (not finished). Recent weeks get
// more learners than older ones, and the demo organisation learns most, so its board and the
// government dashboard both have something to show. seedEngagement then derives learning time
// from these sessions like any other progress.
//
// Idempotent and safe on a live demo: a lesson that already has progress is never touched, an
// enrolment already touched in a week gets nothing more that week, and officials, lessons and
// minutes are chosen by hash, so a second run the same week adds nothing. A run in a later week
// gives the weeks since the last run their own sessions.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { weekWindow } from "../../lib/domain/learning/learning-hours";
import { DEMO_ACCOUNTS } from "./demo-accounts";

const WEEKS = 8;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
/** Share of officials (with a course in progress) who learn in a given week, in percent. */
const ACTIVE_SHARE_PERCENT = { demoOrganisation: 45, elsewhere: 30 } as const;
/** Lessons read per enrolment in a week. */
const LESSONS_PER_ENROLMENT = 3;

export async function seedRecentWeeks(prisma: PrismaClient, demoOrganisationId: string, now: Date = new Date()): Promise<void> {
  const current = weekWindow(now);
  // Newest first: each week takes the next unread lessons, so the recent weeks get first pick.
  for (let weeksAgo = 0; weeksAgo < WEEKS; weeksAgo++) {
    const start = new Date(current.start.getTime() - weeksAgo * WEEK_MS);
    // Older weeks are quieter: the share falls by a tenth per week back.
    const fade = (100 - weeksAgo * 10) / 100;
    await seedWeek(prisma, {
      demoOrganisationId,
      start,
      end: new Date(Math.min(start.getTime() + WEEK_MS, now.getTime())),
      demoShare: Math.round(ACTIVE_SHARE_PERCENT.demoOrganisation * fade),
      elsewhereShare: Math.round(ACTIVE_SHARE_PERCENT.elsewhere * fade),
    });
  }
}

async function seedWeek(
  prisma: PrismaClient,
  week: { demoOrganisationId: string; start: Date; end: Date; demoShare: number; elsewhereShare: number },
): Promise<void> {
  const weekKey = week.start.toISOString().slice(0, 10);
  const elapsedSeconds = Math.floor((week.end.getTime() - week.start.getTime()) / 1000);
  // Right after midnight on Monday there is no "earlier this week" to place a session in.
  if (elapsedSeconds < 3_600) return;
  const demoEmails = Object.values(DEMO_ACCOUNTS).map((account) => account.email);

  // Per chosen enrolment, its first few TEXT or PDF lessons with no progress yet. Reading time is
  // 40–90 % of the author's estimate (so the lesson stays in progress); the session ends at a
  // hashed moment inside the week (and before now).
  await prisma.$executeRaw`
    WITH candidates AS (
      SELECT
        e.id AS "enrolmentId", e."userId", l.id AS "lessonId", l."durationSeconds",
        ('x' || substr(md5(l.id::text || e.id::text || ${weekKey}), 1, 8))::bit(32)::bigint AS h,
        row_number() OVER (PARTITION BY e.id ORDER BY m.position, l.position) AS n
      FROM "Enrolment" e
      JOIN "User" u ON u.id = e."userId"
      JOIN "Lesson" l ON l."courseId" = e."courseId"
      JOIN "CourseModule" m ON m.id = l."moduleId"
      WHERE e.status = 'IN_PROGRESS'
        AND u.status = 'ACTIVE'
        AND u.email <> ALL(${demoEmails}::text[])
        AND ('x' || substr(md5(u.id::text || ${weekKey}), 1, 8))::bit(32)::bigint % 100 <
            CASE WHEN u."organisationId" IN (SELECT "descendantId" FROM "OrganisationClosure" WHERE "ancestorId" = ${week.demoOrganisationId}::uuid)
                 THEN ${week.demoShare}::int ELSE ${week.elsewhereShare}::int END
        AND l.type IN ('TEXT', 'PDF')
        -- One session per enrolment per week: an enrolment already touched in the week (by this
        -- step or by the official) is left alone, which is what makes a re-run add nothing.
        AND NOT EXISTS (
          SELECT 1 FROM "LessonProgress" w
          WHERE w."enrolmentId" = e.id AND w."updatedAt" >= ${week.start}::timestamptz AND w."updatedAt" < ${week.start}::timestamptz + interval '7 days'
        )
        AND NOT EXISTS (SELECT 1 FROM "LessonProgress" p WHERE p."enrolmentId" = e.id AND p."lessonId" = l.id)
    ),
    timed AS (
      SELECT *, greatest(60, ("durationSeconds" * (40 + h % 51) / 100))::int AS seconds
      FROM candidates WHERE n <= ${LESSONS_PER_ENROLMENT}
    ),
    placed AS (
      SELECT *, ${week.start}::timestamptz + make_interval(secs => greatest(seconds, (h % ${elapsedSeconds}))) AS "endedAt" FROM timed
    )
    INSERT INTO "LessonProgress" ("enrolmentId", "lessonId", "userId", "status", "secondsSpent", "lastHeartbeatAt", "startedAt", "updatedAt")
    SELECT "enrolmentId", "lessonId", "userId", 'IN_PROGRESS', seconds, "endedAt", "endedAt" - make_interval(secs => seconds), "endedAt"
    FROM placed
    WHERE "endedAt" <= ${week.end}::timestamptz
    ON CONFLICT ("enrolmentId", "lessonId") DO NOTHING`;
}
