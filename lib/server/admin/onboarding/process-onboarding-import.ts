import "server-only";
import { randomUUID } from "node:crypto";
import { hasRole } from "@/lib/domain/permissions";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db";
import { applyOnboardingChunk } from "./apply-onboarding-chunk";
import { DB_NOW, LostClaimError } from "./import-claim";
import type { UploaderScope } from "./load-chunk-lookups";
import { stageOnboardingRows } from "./stage-onboarding-rows";

export type ProcessOnboardingOptions = {
  importId: string;
  chunkSize?: number;
  leaseSeconds?: number;
  /** Called after every committed chunk (tests stop a worker here, as a crash would). */
  afterChunk?: (progress: { phase: "staging" | "applying"; rows: number }) => Promise<void> | void;
};

export type ProcessOutcome = "DONE" | "FAILED" | "BUSY";

export const DEFAULT_CHUNK_SIZE = 500;

/**
 * An import that has already been picked up again this many times and still throws is marked
 * failed rather than retried after every lease for ever. Stops without an error (a restart, a
 * killed worker) never count against it: they only resume.
 */
export const MAX_RESUMES_AFTER_ERRORS = 5;

/**
 * The onboarding job: claims the import (unless a live worker holds it), stages the file's rows,
 * then applies them chunk by chunk from the last committed one, and marks it done. Safe to run
 * any number of times, concurrently or after a crash: the claim fences every chunk.
 */
export async function processOnboardingImport(options: ProcessOnboardingOptions): Promise<ProcessOutcome> {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const token = randomUUID();
  const claimed = await claim(options.importId, token, options.leaseSeconds ?? env().ONBOARDING_LEASE_SECONDS);
  if (!claimed) return "BUSY";

  try {
    if (claimed.status === "STAGING") {
      const staged = await stageOnboardingRows({ importId: options.importId, token, alreadyStaged: claimed.stagedRows, chunkSize });
      if (!staged.ok) {
        await finish(options.importId, token, { status: "FAILED", failure: staged.failure });
        return "FAILED";
      }
      await setApplying(options.importId, token, staged.totalRows);
      await options.afterChunk?.({ phase: "staging", rows: staged.totalRows });
    }

    const scope = await uploaderScope(claimed.uploadedById);
    let rowsDone = claimed.rowsDone;
    for (;;) {
      const applied = await applyOnboardingChunk({ importId: options.importId, token, rowsDone, chunkSize, scope, sendInvitations: claimed.sendInvitations });
      if (applied === 0) break;
      rowsDone += applied;
      await options.afterChunk?.({ phase: "applying", rows: rowsDone });
    }
    await finish(options.importId, token, { status: "DONE", failure: null });
    return "DONE";
  } catch (error) {
    if (error instanceof LostClaimError) return "BUSY";
    if (claimed.resumed >= MAX_RESUMES_AFTER_ERRORS) {
      const reason = error instanceof Error ? error.message : String(error);
      await finish(options.importId, token, { status: "FAILED", failure: `Stopped after ${claimed.resumed + 1} attempts; the last one failed: ${reason.slice(0, 300)}` });
      return "FAILED";
    }
    throw error;
  }
}

type Claim = { status: "STAGING" | "APPLYING"; stagedRows: number; rowsDone: number; uploadedById: string; sendInvitations: boolean; resumed: number };

async function claim(importId: string, token: string, leaseSeconds: number): Promise<Claim | null> {
  const rows = await db.$queryRaw<Claim[]>`
    UPDATE "OnboardingImport"
    SET "claimToken" = ${token}::uuid,
        "heartbeatAt" = ${DB_NOW},
        resumed = resumed + CASE WHEN "startedAt" IS NULL THEN 0 ELSE 1 END,
        "startedAt" = COALESCE("startedAt", ${DB_NOW}),
        status = CASE WHEN status = 'QUEUED' THEN 'STAGING'::"OnboardingImportStatus" ELSE status END
    WHERE id = ${importId}::uuid
      AND status IN ('QUEUED', 'STAGING', 'APPLYING')
      AND ("heartbeatAt" IS NULL OR "heartbeatAt" < ${DB_NOW} - make_interval(secs => ${leaseSeconds}))
    RETURNING status::text AS status, "stagedRows", "rowsDone", "uploadedById"::text AS "uploadedById", "sendInvitations", resumed`;
  return rows[0] ?? null;
}

async function setApplying(importId: string, token: string, totalRows: number): Promise<void> {
  const { count } = await db.onboardingImport.updateMany({
    where: { id: importId, claimToken: token, status: "STAGING" },
    data: { status: "APPLYING", totalRows },
  });
  if (count !== 1) throw new LostClaimError(importId);
}

async function finish(importId: string, token: string, outcome: { status: "DONE" | "FAILED"; failure: string | null }): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.onboardingImport.updateMany({
      where: { id: importId, claimToken: token },
      // The file is no longer needed once every row has its outcome.
      data: { status: outcome.status, failure: outcome.failure, finishedAt: new Date(), claimToken: null, csv: null },
    });
    if (count !== 1) throw new LostClaimError(importId);
    const done = await tx.onboardingImport.findUniqueOrThrow({
      where: { id: importId },
      select: { uploadedById: true, fileName: true, totalRows: true, created: true, updated: true, unchanged: true, rejected: true, resumed: true, uploadedBy: { select: { organisationId: true } } },
    });
    await tx.auditLog.create({
      data: {
        actorId: done.uploadedById,
        action: outcome.status === "DONE" ? "officials.imported" : "officials.import_failed",
        entityType: "OnboardingImport",
        entityId: importId,
        organisationId: done.uploadedBy.organisationId,
        details: {
          fileName: done.fileName,
          rows: done.totalRows,
          created: done.created,
          updated: done.updated,
          unchanged: done.unchanged,
          rejected: done.rejected,
          resumed: done.resumed,
          failure: outcome.failure,
        },
      },
      select: { id: true },
    });
  });
}

async function uploaderScope(userId: string): Promise<UploaderScope> {
  const grants = await db.userRole.findMany({ where: { userId, user: { status: "ACTIVE" } }, select: { role: true, organisationId: true, providerId: true } });
  // The same rule as lib/server/auth/scope.ts ("manage" access), which the worker cannot import:
  // it pulls in next/navigation for its 403s.
  const rootIds = [...new Set(grants.flatMap((grant) => (grant.role === "MDO_ADMIN" && grant.organisationId ? [grant.organisationId] : [])))];
  return { isWholeGovernment: hasRole({ grants }, "SUPER_ADMIN"), rootIds };
}
