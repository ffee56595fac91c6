import "server-only";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db";
import { smtpTransportFromEnv, type MailTransport } from "./mailer";

/** After this many failed attempts an email stays in the outbox, marked failed, for a person to look at. */
export const MAX_DELIVERY_ATTEMPTS = 5;
const BATCH = 50;

export type DeliveryReport = { sent: number; failed: number; isConfigured: boolean };

/**
 * Sends what the outbox holds (queueEmails wrote it in the transaction of the change it
 * reports). Each email's attempt is counted before it is sent, so a delivery run that dies
 * mid-way is seen; a failure keeps the server's reason in lastError and the email is tried again
 * on the next run (every minute) until MAX_DELIVERY_ATTEMPTS. Runs never overlap: the queue is a
 * singleton. Without SMTP nothing is sent and the outbox is the record of what would have been.
 */
export async function deliverOutbox(options: { transport?: MailTransport | null; limit?: number } = {}): Promise<DeliveryReport> {
  const transport = options.transport === undefined ? smtpTransportFromEnv() : options.transport;
  if (!transport) return { sent: 0, failed: 0, isConfigured: false };
  const from = env().MAIL_FROM;
  const limit = options.limit ?? 1_000;
  const report: DeliveryReport = { sent: 0, failed: 0, isConfigured: true };
  const triedThisRun: string[] = [];

  while (report.sent + report.failed < limit) {
    const batch = await db.$queryRaw<{ id: string; toAddress: string; subject: string; bodyText: string; dedupeKey: string }[]>`
      UPDATE "OutboundEmail" SET attempts = attempts + 1
      WHERE id IN (
        SELECT id FROM "OutboundEmail"
        WHERE "sentAt" IS NULL AND attempts < ${MAX_DELIVERY_ATTEMPTS} AND NOT (id = ANY(${triedThisRun}::uuid[]))
        ORDER BY "createdAt" LIMIT ${Math.min(BATCH, limit - report.sent - report.failed)}
        FOR UPDATE SKIP LOCKED)
      RETURNING id::text, "toAddress", subject, "bodyText", "dedupeKey"`;
    if (batch.length === 0) break;
    for (const email of batch) {
      triedThisRun.push(email.id);
      try {
        await transport.sendMail({
          from,
          to: email.toAddress,
          subject: email.subject,
          text: email.bodyText,
          // Lets a receiving system drop a duplicate if a crash ever sends one twice.
          headers: { "X-Kaushal-Dedupe-Key": email.dedupeKey },
        });
        await db.outboundEmail.update({ where: { id: email.id }, data: { sentAt: new Date(), lastError: null }, select: { id: true } });
        report.sent += 1;
      } catch (error) {
        const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
        await db.outboundEmail.update({ where: { id: email.id }, data: { lastError: reason }, select: { id: true } });
        report.failed += 1;
      }
    }
  }
  return report;
}
