import "server-only";
import { cache } from "react";
import { db } from "@/lib/server/db";

/** Whether anyone reports to this official: the learner navigation offers "My team" only then. */
export const hasDirectReportees = cache(async (officialId: string): Promise<boolean> => {
  const reportee = await db.user.findFirst({ where: { reportingOfficerId: officialId }, select: { id: true } });
  return reportee !== null;
});
