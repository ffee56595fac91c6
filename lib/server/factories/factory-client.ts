import "server-only";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";

// Factories take the client as a parameter so the seed (its own client, no app env needed) and
// integration tests (a fresh database per run) share them. They accept a transaction client too,
// so a caller can group many small factory calls into one commit — each commit costs a disk
// flush, and on a slow disk that, not the statements, dominates the seed's run time.
export type FactoryClient = PrismaClient | Prisma.TransactionClient;

/** Runs `work` in a new transaction, or inside the caller's when given a transaction client. */
export function inTransaction<T>(
  prisma: FactoryClient,
  work: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  return "$transaction" in prisma ? prisma.$transaction(work) : work(prisma);
}
