// Studio attendance routes, in one place so the studio home, the list and the batch page agree.
export const STUDIO_BATCHES_HREF = "/studio/batches";

export function studioBatchHref(batchId: string, sessionId?: string): string {
  const path = `${STUDIO_BATCHES_HREF}/${encodeURIComponent(batchId)}`;
  return sessionId ? `${path}?session=${encodeURIComponent(sessionId)}` : path;
}
