import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

export type OutgoingEmail = {
  /** The official it is written for, when there is one. */
  userId: string | null;
  toAddress: string;
  subject: string;
  bodyText: string;
  /** What it reports, e.g. "batch.cancelled". */
  kind: string;
  /** One mail per recipient and event: a second email with the same key is not written. */
  dedupeKey: string;
};

/**
 * The mailer's one door: writes mail to the outbox in the caller's transaction, so it goes out
 * if and only if the change it reports commits. Nothing is sent from inside a transaction —
 * delivery reads the outbox afterwards. Returns how many emails were newly written.
 */
export async function queueEmails(tx: Prisma.TransactionClient, emails: readonly OutgoingEmail[]): Promise<number> {
  if (emails.length === 0) return 0;
  // ON CONFLICT DO NOTHING rather than catching P2002, which would abort the caller's transaction.
  const { count } = await tx.outboundEmail.createMany({ data: [...emails], skipDuplicates: true });
  return count;
}
