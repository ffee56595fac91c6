import "server-only";
import type PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { processOnboardingImport } from "@/lib/server/admin/onboarding/process-onboarding-import";
import { findStalledOnboardingImports } from "@/lib/server/admin/onboarding/find-stalled-onboarding-imports";
import { deliverOutbox } from "@/lib/server/mail/deliver-outbox";
import { ENROLMENT_ROLL_UP_SECONDS, rollUpEnrolmentCounts } from "@/lib/server/catalogue/roll-up-enrolment-counts";
import { createBoss } from "./boss";
import { QUEUES, type MailDeliveryJob, type OnboardingImportJob } from "./queues";

export type Worker = { boss: PgBoss; stop: () => Promise<void> };


/**
 * Registers every queue's handler. Imports are also swept from their own table: an import whose
 * worker stopped (killed, restarted, its job lost) goes quiet past its lease and is queued
 * again, so the table, not the queue, is what guarantees an upload is finished.
 */
export async function startWorker(options: { connectionString?: string } = {}): Promise<Worker> {
  const boss = await createBoss("worker", options.connectionString);

  await boss.work<OnboardingImportJob>(QUEUES.onboardingImport.name, { pollingIntervalSeconds: 1, batchSize: 1 }, async (jobs) => {
    for (const job of jobs) await processOnboardingImport({ importId: job.data.importId });
  });
  await boss.work<MailDeliveryJob>(QUEUES.mailDelivery.name, { pollingIntervalSeconds: 2, batchSize: 1 }, async () => {
    await deliverOutbox();
  });
  await boss.schedule(QUEUES.mailDelivery.name, "* * * * *", {});

  const sweep = async () => {
    try {
      for (const importId of await findStalledOnboardingImports()) {
        await boss.send(QUEUES.onboardingImport.name, { importId } satisfies OnboardingImportJob);
      }
    } catch (error) {
      console.error("[jobs] import sweep failed:", error instanceof Error ? error.message : error);
    }
  };
  await sweep();
  const timer = setInterval(() => void sweep(), Math.min(20_000, env().ONBOARDING_LEASE_SECONDS * 1_000));
  // Idempotent and cheap, so every worker may run it: no queue needed.
  const rollUp = () => rollUpEnrolmentCounts().catch((error: unknown) => console.error("[jobs] enrolment roll-up failed:", error instanceof Error ? error.message : error));
  await rollUp();
  const rollUpTimer = setInterval(() => void rollUp(), ENROLMENT_ROLL_UP_SECONDS * 1_000);

  return {
    boss,
    stop: async () => {
      clearInterval(timer);
      clearInterval(rollUpTimer);
      // Graceful: a chunk in flight commits or rolls back whole; anything unfinished resumes later.
      await boss.stop({ graceful: true, wait: true, timeout: 20_000 });
    },
  };
}
