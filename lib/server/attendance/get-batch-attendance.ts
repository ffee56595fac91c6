import "server-only";
import { cache } from "react";
import { z } from "zod";
import {
  attendanceCounts,
  canTakeAttendance,
  sessionTiming,
  type AttendanceCounts,
  type AttendanceStatus,
  type SessionTiming,
} from "@/lib/domain/attendance/attendance-rules";
import type { CurrentUser } from "@/lib/domain/roles";
import { providerScopeFilter } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { BATCH_SUMMARY_FIELDS } from "./batch-summary-select";

/** Above any batch's seat limit: the register is bounded even if a batch were overbooked. */
export const ROSTER_LIMIT = 500;

export type AttendanceSession = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  facilitator: string | null;
  timing: SessionTiming;
  canMark: boolean;
  counts: AttendanceCounts;
};

export type RosterOfficial = {
  userId: string;
  name: string;
  designation: string | null;
  organisationName: string | null;
  /** The mark for the selected session, null when not yet marked. */
  status: AttendanceStatus | null;
};

export type BatchAttendance = {
  batch: {
    id: string;
    code: string;
    status: string;
    startsAt: Date;
    endsAt: Date;
    venue: string;
    seatLimit: number;
    courseTitle: string;
    providerName: string;
  };
  sessions: AttendanceSession[];
  /** The session whose register is shown: the one asked for, else the latest that has started. */
  selectedSessionId: string | null;
  roster: RosterOfficial[];
  /** Officials on the register; above roster.length only past ROSTER_LIMIT. */
  rosterTotal: number;
};

const uuid = z.uuid();

/**
 * A batch's sessions with their counts and one session's register, or null when the batch does
 * not exist or belongs to a provider the user does not author for (a super admin sees all).
 */
export const getBatchAttendance = cache(
  async (actor: Pick<CurrentUser, "grants">, batchId: string, requestedSessionId: string | null, now: Date): Promise<BatchAttendance | null> => {
    if (!uuid.safeParse(batchId).success) return null;
    const batch = await db.batch.findFirst({
      where: { id: batchId, course: providerScopeFilter(actor) },
      select: {
        ...BATCH_SUMMARY_FIELDS,
        course: { select: { title: true, provider: { select: { name: true } } } },
      },
    });
    if (!batch) return null;

    const active = { batchId: batch.id, status: { not: "WITHDRAWN" as const } };
    const [sessions, rosterTotal, enrolments] = await Promise.all([
      db.batchSession.findMany({
        where: { batchId: batch.id },
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
        select: { id: true, title: true, startsAt: true, endsAt: true, venue: true, facilitator: true },
      }),
      db.enrolment.count({ where: active }),
      db.enrolment.findMany({
        where: active,
        orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
        take: ROSTER_LIMIT,
        select: {
          userId: true,
          user: { select: { name: true, designation: true, organisation: { select: { name: true } } } },
        },
      }),
    ]);

    const sessionIds = sessions.map((session) => session.id);
    const selected =
      sessions.find((session) => session.id === requestedSessionId) ??
      sessions.filter((session) => canTakeAttendance(session, now)).at(-1) ??
      sessions[0] ??
      null;
    const rosterIds = enrolments.map((row) => row.userId);
    const [grouped, selectedMarks] = await Promise.all([
      // Counted over everyone on the register (not just the listed page of it); marks of officials
      // who have since withdrawn stay stored but are not counted.
      sessionIds.length
        ? db.sessionAttendance.groupBy({
            by: ["sessionId", "status"],
            where: { sessionId: { in: sessionIds }, user: { enrolments: { some: active } } },
            _count: { _all: true },
          })
        : Promise.resolve([]),
      selected && rosterIds.length
        ? db.sessionAttendance.findMany({
            where: { sessionId: selected.id, userId: { in: rosterIds } },
            select: { userId: true, status: true },
          })
        : Promise.resolve([]),
    ]);

    const statusByUser = new Map(selectedMarks.map((row) => [row.userId, row.status as AttendanceStatus]));
    return {
      batch: {
        id: batch.id,
        code: batch.code,
        status: batch.status,
        startsAt: batch.startsAt,
        endsAt: batch.endsAt,
        venue: batch.venue,
        seatLimit: batch.seatLimit,
        courseTitle: batch.course.title,
        providerName: batch.course.provider.name,
      },
      sessions: sessions.map((session) => ({
        ...session,
        timing: sessionTiming(session, now),
        canMark: canTakeAttendance(session, now),
        counts: countsFor(grouped.filter((row) => row.sessionId === session.id), rosterTotal),
      })),
      selectedSessionId: selected?.id ?? null,
      roster: enrolments.map((row) => ({
        userId: row.userId,
        name: row.user.name,
        designation: row.user.designation,
        organisationName: row.user.organisation?.name ?? null,
        status: statusByUser.get(row.userId) ?? null,
      })),
      rosterTotal,
    };
  },
);

function countsFor(rows: readonly { status: AttendanceStatus; _count: { _all: number } }[], rosterTotal: number): AttendanceCounts {
  return attendanceCounts(Object.fromEntries(rows.map((row) => [row.status, row._count._all])), rosterTotal);
}
