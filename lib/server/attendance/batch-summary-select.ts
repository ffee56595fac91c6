import type { Prisma } from "@/lib/generated/prisma/client";

/** What the batch list and the batch page both show of a batch itself. */
export const BATCH_SUMMARY_FIELDS = {
  id: true,
  code: true,
  status: true,
  startsAt: true,
  endsAt: true,
  venue: true,
  seatLimit: true,
} as const satisfies Prisma.BatchSelect;
