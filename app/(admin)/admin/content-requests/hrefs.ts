export const CONTENT_REQUESTS_HREF = "/admin/content-requests";

/** The request form, pre-filled from a row of the gap report's "content needed". */
export function newContentRequestHref(prefill: { competencyId?: string; level?: number; officialsInNeed?: number; organisationId?: string } = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(prefill)) if (value !== undefined) params.set(key, String(value));
  const search = params.toString();
  return search ? `${CONTENT_REQUESTS_HREF}/new?${search}` : `${CONTENT_REQUESTS_HREF}/new`;
}
