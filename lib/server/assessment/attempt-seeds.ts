import "server-only";
import { createHash, createHmac } from "node:crypto";
import type { AttemptSeeds } from "@/lib/domain/learning/shuffle";
import { env } from "@/lib/env";

/**
 * One attempt's seeds for the question draw and the question and option order: HMAC-SHA256 of
 * (attempt id, use) under a server-side secret. The attempt and option ids are on the page, so
 * without the secret nobody can recompute the shuffle and undo it back to the authored order.
 */
export function keyedAttemptSeeds(secret: string, attemptId: string): AttemptSeeds {
  return (scope) => createHmac("sha256", secret).update(`${attemptId}\u0000${scope}`).digest("hex");
}

/**
 * The shuffle secret: derived from NEXTAUTH_SECRET under its own label (like the onboarding
 * seals), so no new setting is needed and the session key itself never seeds anything a learner
 * can observe. Rotating NEXTAUTH_SECRET does not move an attempt already started: its order is
 * stored when it starts.
 */
export function assessmentShuffleSecret(): string {
  return createHash("sha256").update(`assessment-shuffle:${env().NEXTAUTH_SECRET}`).digest("hex");
}

export function attemptSeeds(attemptId: string): AttemptSeeds {
  return keyedAttemptSeeds(assessmentShuffleSecret(), attemptId);
}
