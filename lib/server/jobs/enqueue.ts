import "server-only";
import { QUEUES, type OnboardingImportJob } from "./queues";
import { senderBoss } from "./boss";

/**
 * Asks the worker to process an import. Called after the import's row has committed; if the
 * queue cannot be reached the row still waits as QUEUED and the worker's sweep picks it up.
 */
export async function enqueueOnboardingImport(importId: string): Promise<boolean> {
  try {
    const boss = await senderBoss();
    const data: OnboardingImportJob = { importId };
    await boss.send(QUEUES.onboardingImport.name, data);
    return true;
  } catch (error) {
    console.error("[jobs] could not enqueue import", importId, error instanceof Error ? error.message : error);
    return false;
  }
}

/** Nudges the mailer to deliver the outbox now rather than at its next scheduled run. */
export async function enqueueMailDelivery(): Promise<void> {
  try {
    const boss = await senderBoss();
    await boss.send(QUEUES.mailDelivery.name, {}, { singletonKey: "deliver", singletonSeconds: 5 });
  } catch (error) {
    console.error("[jobs] could not enqueue mail delivery", error instanceof Error ? error.message : error);
  }
}
