import "server-only";
import { cache } from "react";
import type { CurrentUser } from "@/lib/domain/roles";
import type { BatchStatusName } from "@/lib/domain/studio/batch-rules";
import { providerScopeFilter } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";

export type CourseBatch = {
  id: string;
  code: string;
  status: BatchStatusName;
  startsAt: Date;
  endsAt: Date;
  venue: string;
  seatLimit: number;
  enrolled: number;
  /** For a cancelled batch, how many officials were emailed about it; null otherwise. */
  emailedOfCancellation: number | null;
  sessions: { id: string; title: string; startsAt: Date; endsAt: Date; venue: string | null; facilitator: string | null }[];
};

export type CourseBatches = { courseId: string; mode: "ONLINE" | "BLENDED" | "FACE_TO_FACE"; batches: CourseBatch[] };

/** The batches of a course the user authors, latest first with their sessions in order; null outside their providers. */
export const listCourseBatches = cache(async (user: Pick<CurrentUser, "grants">, courseId: string): Promise<CourseBatches | null> => {
  const course = await db.course.findFirst({
    where: { id: courseId, ...providerScopeFilter(user) },
    select: {
      id: true,
      mode: true,
      batches: {
        orderBy: [{ startsAt: "desc" }, { id: "asc" }],
        take: 100,
        select: {
          id: true,
          code: true,
          status: true,
          startsAt: true,
          endsAt: true,
          venue: true,
          seatLimit: true,
          sessions: { orderBy: [{ startsAt: "asc" }, { id: "asc" }], select: { id: true, title: true, startsAt: true, endsAt: true, venue: true, facilitator: true } },
        },
      },
    },
  });
  if (!course) return null;
  const counts = course.batches.length
    ? await db.enrolment.groupBy({ by: ["batchId"], where: { batchId: { in: course.batches.map((b) => b.id) }, status: { not: "WITHDRAWN" } }, _count: { _all: true } })
    : [];
  const enrolledBy = new Map(counts.map((row) => [row.batchId, row._count._all]));
  // The notices written when a batch was cancelled (batch-cancelled-emails.ts keys them by batch),
  // so the author still sees who was told once the cancel form has gone.
  const cancelled = course.batches.filter((batch) => batch.status === "CANCELLED");
  const emailed = await Promise.all(
    cancelled.map(async (batch) => [batch.id, await db.outboundEmail.count({ where: { dedupeKey: { startsWith: `batch.cancelled:${batch.id}:` } } })] as const),
  );
  const emailedBy = new Map(emailed);
  return {
    courseId: course.id,
    mode: course.mode,
    batches: course.batches.map((batch) => ({ ...batch, enrolled: enrolledBy.get(batch.id) ?? 0, emailedOfCancellation: emailedBy.get(batch.id) ?? null })),
  };
});
