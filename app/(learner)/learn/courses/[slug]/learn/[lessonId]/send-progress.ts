// Client side of the progress route. Failures are swallowed on purpose: on a flaky link a lost
// heartbeat costs at most one window, and the next one (or the server's cap) makes up for it.
// "Busy" answers (429, 503) are tried again a couple of times, as late as Retry-After asks.
import { RETRYABLE_STATUSES, retryDelayMs } from "@/lib/domain/http/retry-after";

export const HEARTBEAT_URL = "/api/progress/heartbeat";

export type ProgressEvent = { kind: "video"; lessonId: string; positionSeconds: number } | { kind: "active"; lessonId: string };

export type VideoProgressReply = { maxPositionSeconds: number; positionSeconds: number; secondsSpent: number };

/** Sends one event and returns the server's reply, or null when it did not arrive. */
const PROGRESS_ATTEMPTS = 3;

export async function sendProgress<T>(event: ProgressEvent): Promise<T | null> {
  try {
    let response: Response;
    for (let attempt = 1; ; attempt++) {
      response = await fetch(HEARTBEAT_URL, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(event),
        credentials: "same-origin",
        // Lets the request finish if the learner navigates away meanwhile.
        keepalive: true,
      });
      if (!RETRYABLE_STATUSES.has(response.status) || attempt >= PROGRESS_ATTEMPTS) break;
      const delay = retryDelayMs(response.headers.get("Retry-After"), attempt);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
    if (!response.ok) return null;
    const json = (await response.json()) as { ok: boolean; data?: T };
    return json.ok && json.data ? json.data : null;
  } catch {
    return null;
  }
}

/** For pagehide and tab close: the page may be gone before any reply, so none is awaited. */
export function sendProgressOnExit(event: ProgressEvent): void {
  const body = JSON.stringify(event);
  // text/plain keeps the beacon a "simple" request that every browser will send.
  if (typeof navigator.sendBeacon === "function" && navigator.sendBeacon(HEARTBEAT_URL, new Blob([body], { type: "text/plain" }))) {
    return;
  }
  void fetch(HEARTBEAT_URL, { method: "POST", body, keepalive: true, credentials: "same-origin" }).catch(() => undefined);
}
