import { ACTION_ERROR_MESSAGES } from "@/lib/domain/action-result";
import { can, isPermissionDeniedError } from "@/lib/domain/permissions";
import { isUploadRefusedError, type UploadRefusalCode } from "@/lib/domain/studio/upload-rules";
import { getCurrentUser } from "@/lib/server/auth/session";
import { receiveMultipartUpload } from "@/lib/server/studio/media/receive-multipart-upload";
import { storeUpload } from "@/lib/server/studio/media/store-upload";
import { consumeUploadAllowance } from "@/lib/server/studio/media/upload-rate-limit";

// A route handler, not a server action: an action's body is buffered whole (and capped by
// serverActions.bodySizeLimit), while a video must stream to storage as it arrives. The proxy
// skips this path for the same reason (proxy.ts).

const STATUS: Record<UploadRefusalCode, number> = {
  UPLOAD_EMPTY: 400,
  UPLOAD_BAD_REQUEST: 400,
  UPLOAD_NO_FILE: 400,
  UPLOAD_NO_PROVIDER: 403,
  UPLOAD_TOO_LARGE: 413,
  UPLOAD_TYPE_NOT_ALLOWED: 415,
  UPLOAD_ARCHIVE_REFUSED: 415,
  UPLOAD_SVG_REFUSED: 415,
  UPLOAD_IMAGE_TOO_MANY_PIXELS: 422,
  UPLOAD_IMAGE_UNREADABLE: 422,
  UPLOAD_RATE_LIMITED: 429,
};

function refusal(status: number, code: string, message: string, headers?: Record<string, string>): Response {
  return Response.json({ ok: false, error: { code, message } }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

export async function POST(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return refusal(401, "UNAUTHENTICATED", ACTION_ERROR_MESSAGES.UNAUTHENTICATED);
  if (!can(user, "course:author")) return refusal(403, "FORBIDDEN", ACTION_ERROR_MESSAGES.FORBIDDEN);

  const retryAfter = await consumeUploadAllowance(user.id);
  if (retryAfter !== null) {
    const minutes = Math.ceil(retryAfter / 60);
    return refusal(429, "UPLOAD_RATE_LIMITED", `You have uploaded many files in the last hour. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, {
      "Retry-After": String(retryAfter),
    });
  }

  try {
    const asset = await receiveMultipartUpload(request, (received) => storeUpload(user, received));
    return Response.json({ ok: true, asset }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (isUploadRefusedError(error)) return refusal(STATUS[error.code], error.code, error.message);
    if (isPermissionDeniedError(error)) return refusal(403, "FORBIDDEN", error.message);
    console.error("[media] upload failed", error);
    return refusal(500, "UPLOAD_FAILED", "The file could not be saved. Try again in a moment.");
  }
}
