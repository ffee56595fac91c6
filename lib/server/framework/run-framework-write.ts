import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { lockActiveFramework, type ActiveFramework } from "./lock-active-framework";

export type FieldErrors = Partial<Record<string, string[]>>;

/** How a framework edit ends; the action turns each into a message or a redirect. */
export type FrameworkWriteResult =
  | { status: "SAVED"; id: string }
  | { status: "INVALID"; fieldErrors: FieldErrors }
  | { status: "NOT_FOUND" }
  /** The record belongs to a superseded version, which stays as it was. */
  | { status: "SUPERSEDED" }
  /** The framework changed under the form (a new version, a concurrent edit): reload and retry. */
  | { status: "STALE" };

/**
 * One edit of the framework: a short transaction under the framework lock (so the uniqueness
 * checks inside it cannot race another framework write). A unique violation that still slips
 * through — a write outside this path — is reported as stale rather than as a crash.
 */
export async function runFrameworkWrite(
  work: (tx: Prisma.TransactionClient, active: ActiveFramework) => Promise<FrameworkWriteResult>,
): Promise<FrameworkWriteResult> {
  try {
    return await db.$transaction(async (tx) => {
      const active = await lockActiveFramework(tx);
      if (!active) return { status: "STALE" };
      return work(tx, active);
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { status: "STALE" };
    throw error;
  }
}
