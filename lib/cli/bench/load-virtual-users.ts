// The load generator of the load section: one virtual official per signed-in learner, each
// sending one request at a time (as one browser tab does) until the phase's time is up. A 429 or
// 503 is retried after its Retry-After, as the lesson player does; every answer is counted by
// status, and what each official was told succeeded is kept for the recount.
import { summarise } from "./percentiles";

export type VirtualUser = { id: string; cookie: string };

export type PhaseResult = {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  max: number;
  statuses: Record<string, number>;
  serverErrors: number;
  networkErrors: number;
  retried: number;
  /** Completed work units (acknowledged requests) per second: what the target is about. */
  acknowledgedPerSecond: number;
};

export type PlannedRequest = { url: string; init: RequestInit; isAcknowledged: (response: Response, body: string) => boolean; onAcknowledged?: () => void };

/**
 * Runs `next(user, i)` for each user in a loop (i counts that user's requests) until `seconds`
 * have passed or every user's `next` returned null.
 */
export async function runPhase(users: readonly VirtualUser[], seconds: number, next: (user: VirtualUser, i: number) => PlannedRequest | null): Promise<PhaseResult> {
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  let networkErrors = 0;
  let retried = 0;
  let acknowledged = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    users.map(async (user) => {
      for (let i = 0; performance.now() < deadline; i++) {
        const planned = next(user, i);
        if (!planned) return;
        for (let attempt = 1; attempt <= 5; attempt++) {
          const at = performance.now();
          let status = "network";
          let retryAfter: string | null = null;
          try {
            const response = await fetch(planned.url, { ...planned.init, redirect: "manual" });
            const body = await response.text();
            status = String(response.status);
            retryAfter = response.headers.get("retry-after");
            if (planned.isAcknowledged(response, body)) {
              acknowledged++;
              planned.onAcknowledged?.();
            }
          } catch {
            networkErrors++;
          }
          times.push(performance.now() - at);
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (status !== "429" && status !== "503") break;
          retried++;
          await new Promise((resolve) => setTimeout(resolve, Math.min(5000, Number(retryAfter ?? 1) * 1000)));
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const serverErrors = Object.entries(statuses).filter(([status]) => status.startsWith("5")).reduce((sum, [, n]) => sum + n, 0);
  return {
    requests: times.length,
    seconds: elapsed,
    requestsPerSecond: times.length / elapsed,
    ...summarise(times),
    statuses,
    serverErrors,
    networkErrors,
    retried,
    acknowledgedPerSecond: acknowledged / elapsed,
  };
}
