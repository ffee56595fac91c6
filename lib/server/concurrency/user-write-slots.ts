import "server-only";
import { env } from "@/lib/env";

// Write requests in flight per official, in this server process. One official's burst (many
// tabs, a flaky mobile link retrying) is refused at once beyond the limit, so it can never fill
// the connection pool and make everyone else's requests wait into a timeout. Kept on globalThis:
// Next bundles route handlers and server actions separately, and they must share one count.
const globalSlots = globalThis as unknown as { kaushalWriteSlots?: Map<string, number> };

function slots(): Map<string, number> {
  globalSlots.kaushalWriteSlots ??= new Map();
  return globalSlots.kaushalWriteSlots;
}

/** Takes one of the official's write slots: returns its release, or null when all are taken. */
export function tryTakeWriteSlot(userId: string, limit: number = env().WRITES_IN_FLIGHT_PER_USER): (() => void) | null {
  const inFlight = slots();
  const taken = inFlight.get(userId) ?? 0;
  if (taken >= limit) return null;
  inFlight.set(userId, taken + 1);
  let isReleased = false;
  return () => {
    if (isReleased) return;
    isReleased = true;
    const left = (inFlight.get(userId) ?? 1) - 1;
    if (left <= 0) inFlight.delete(userId);
    else inFlight.set(userId, left);
  };
}
