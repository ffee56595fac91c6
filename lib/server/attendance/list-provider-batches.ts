import "server-only";
import { cache } from "react";
import { pageCount, pageWindow } from "@/lib/domain/pagination";
import type { CurrentUser } from "@/lib/domain/roles";
import { providerScopeFilter } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { BATCH_SUMMARY_FIELDS } from "./batch-summary-select";

export const BATCHES_PAGE_SIZE = 20;

export type ProviderBatch = {
  id: string;
  code: string;
  status: "SCHEDULED" | "OPEN" | "CLOSED" | "COMPLETED" | "CANCELLED";
  courseTitle: string;
  providerName: string;
  startsAt: Date;
  endsAt: Date;
  venue: string;
  seatLimit: number;
  /** Enrolments that are not WITHDRAWN: the officials on the register. */
  enrolled: number;
  sessionCount: number;
};

export type ProviderBatchesPage = {
  batches: ProviderBatch[];
  total: number;
  page: number;
  totalPages: number;
  /** More than one provider in view: show which one runs each batch. */
  hasSeveralProviders: boolean;
};

/**
 * Batches with sessions of the courses the user authors for (every provider's for a super admin),
 * latest first, a page at a time. A user without provider grants sees nothing, never everything.
 */
export const listProviderBatches = cache(async (actor: Pick<CurrentUser, "grants">, page: number): Promise<ProviderBatchesPage> => {
  const window = pageWindow(page, BATCHES_PAGE_SIZE);
  const where = { course: providerScopeFilter(actor), sessions: { some: {} } };
  const [total, rows] = await Promise.all([
    db.batch.count({ where }),
    db.batch.findMany({
      where,
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
      skip: window.offset,
      take: window.pageSize,
      select: {
        ...BATCH_SUMMARY_FIELDS,
        course: { select: { title: true, providerId: true, provider: { select: { name: true } } } },
        _count: { select: { sessions: true } },
      },
    }),
  ]);

  const batchIds = rows.map((row) => row.id);
  // One grouped query on the (batchId) index for the whole page rather than one per batch.
  const enrolled = batchIds.length
    ? await db.enrolment.groupBy({
        by: ["batchId"],
        where: { batchId: { in: batchIds }, status: { not: "WITHDRAWN" } },
        _count: { _all: true },
      })
    : [];
  const enrolledByBatch = new Map(enrolled.map((row) => [row.batchId, row._count._all]));

  return {
    batches: rows.map((row) => ({
      id: row.id,
      code: row.code,
      status: row.status,
      courseTitle: row.course.title,
      providerName: row.course.provider.name,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      venue: row.venue,
      seatLimit: row.seatLimit,
      enrolled: enrolledByBatch.get(row.id) ?? 0,
      sessionCount: row._count.sessions,
    })),
    total,
    page: window.page,
    totalPages: pageCount(total, BATCHES_PAGE_SIZE),
    hasSeveralProviders: new Set(rows.map((row) => row.course.providerId)).size > 1,
  };
});
