import "server-only";
import { learnerTabHref } from "@/lib/domain/learner-tabs";
import { overdueReminder } from "@/lib/domain/plan/overdue-reminder";
import { db } from "@/lib/server/db";
import { queueEmails } from "@/lib/server/mail/queue-emails";
import { absoluteUrl } from "@/lib/server/public-url";
import { assignmentsCte } from "./compliance-sql";
import { planWhereManaged, planFailure, writePlanAudit, type PlanActor, type PlanResult } from "./plan-actor";

const EMAIL_CHUNK = 2_000;

/**
 * Writes one reminder per official with overdue courses in a published plan (one course, or all
 * of them) to the outbox, in one transaction with its audit row. Idempotent per official, scope
 * and IST day through the outbox's dedupe key: a second click the same day writes nothing.
 */
export async function remindOverdueOfficials(
  actor: PlanActor,
  input: { planId: string; courseId: string | null; now?: Date },
): Promise<PlanResult<{ officials: number; written: number }>> {
  const now = input.now ?? new Date();
  const plan = await db.capacityBuildingPlan.findFirst({
    where: { ...planWhereManaged(actor, input.planId), status: "PUBLISHED" },
    select: { id: true, title: true, organisationId: true },
  });
  if (!plan) return planFailure("PLAN_NOT_FOUND");

  const rows = await db.$queryRaw<{ userId: string; name: string; email: string; preferredLanguage: "EN" | "HI"; title: string; titleHi: string | null; dueAt: Date }[]>`
    WITH ${assignmentsCte({ planId: plan.id, courseId: input.courseId, now })}
    SELECT s."userId", u."name", u."email", u."preferredLanguage"::text AS "preferredLanguage", c."title", c."titleHi", s."dueAt"
      FROM statuses s JOIN "User" u ON u."id" = s."userId" JOIN "Course" c ON c."id" = s."courseId"
     WHERE s."status" = 'OVERDUE' AND u."status" = 'ACTIVE'
     ORDER BY s."userId", s."dueAt", c."title"`;
  type Official = { id: string; name: string; email: string; preferredLanguage: "EN" | "HI" };
  const byOfficial = new Map<string, { official: Official; courses: { title: string; titleHi: string | null; dueAt: Date }[] }>();
  for (const row of rows) {
    const official = { id: row.userId, name: row.name, email: row.email, preferredLanguage: row.preferredLanguage };
    const entry = byOfficial.get(row.userId) ?? { official, courses: [] };
    entry.courses.push({ title: row.title, titleHi: row.titleHi, dueAt: row.dueAt });
    byOfficial.set(row.userId, entry);
  }
  const assignedUrl = absoluteUrl(learnerTabHref("assigned"));
  const emails = [...byOfficial.values()].map((entry) =>
    overdueReminder({ planId: plan.id, planTitle: plan.title, courseId: input.courseId, official: entry.official, courses: entry.courses, now, assignedUrl }),
  );

  return db.$transaction(
    async (tx) => {
      let written = 0;
      for (let start = 0; start < emails.length; start += EMAIL_CHUNK) {
        written += await queueEmails(tx, emails.slice(start, start + EMAIL_CHUNK));
      }
      await writePlanAudit(tx, actor, {
        action: "plan.reminders_sent",
        entityType: "CapacityBuildingPlan",
        entityId: plan.id,
        organisationId: plan.organisationId,
        details: { courseId: input.courseId, officialsOverdue: emails.length, emailsWritten: written },
        now,
      });
      return { ok: true as const, data: { officials: emails.length, written } };
    },
    { timeout: 120_000 },
  );
}
