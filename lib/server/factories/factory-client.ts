import "server-only";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";

// Factories take the client as a parameter so the seed (its own client, no app env needed) and
// integration tests (a fresh database per run) share them. They accept a transaction client too,
// so a caller can group many small factory calls into one commit — each commit costs a disk
// flush, and on a slow disk that, not the statements, dominates the seed's run time.
export type FactoryClient = PrismaClient | Prisma.TransactionClient;

/**
 * True for a full client, false for the client of an interactive transaction. `$transaction` does
 * not tell them apart: Prisma 7 gives transaction clients one too (for nested transactions), so a
 * factory that trusted it opened a second transaction beside its caller's — which never starts on
 * the embedded database's single connection, and elsewhere outlives the caller's rollback.
 * `$connect` is on Prisma's deny-list for transaction clients, at run time and in the types alike.
 */
export function isFullClient(prisma: FactoryClient): prisma is PrismaClient {
  return "$connect" in prisma;
}

/** Runs `work` in a new transaction, or inside the caller's when given a transaction client. */
export function inTransaction<T>(
  prisma: FactoryClient,
  work: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  return isFullClient(prisma) ? prisma.$transaction(work) : work(prisma);
}
