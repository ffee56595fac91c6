import "server-only";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db";
import { DB_NOW } from "./import-claim";

/** Unfinished imports nobody is working on: never started, or silent for longer than the lease. */
export async function findStalledOnboardingImports(leaseSeconds: number = env().ONBOARDING_LEASE_SECONDS): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM "OnboardingImport"
    WHERE status IN ('QUEUED', 'STAGING', 'APPLYING')
      AND ("heartbeatAt" IS NULL OR "heartbeatAt" < ${DB_NOW} - make_interval(secs => ${leaseSeconds}))
    ORDER BY "createdAt" LIMIT 50`;
  return rows.map((row) => row.id);
}
