import { NextResponse, type NextRequest } from "next/server";
import { isDomainError } from "@/lib/domain/learning/domain-error";
import { can } from "@/lib/domain/permissions";
import { getCurrentUser } from "@/lib/server/auth/session";
import { orBusy, withWriteSlot } from "@/lib/server/concurrency/busy-response";
import { recordActivePing } from "@/lib/server/progress/record-active-ping";
import { recordVideoHeartbeat } from "@/lib/server/progress/record-video-heartbeat";
import { heartbeatSchema } from "./heartbeat.schema";

// A route handler rather than a server action: on page hide the browser can only deliver a
// request through navigator.sendBeacon or fetch(…, { keepalive: true }), both plain POSTs.
export const dynamic = "force-dynamic";

function failure(status: number, code: string, message: string) {
  return NextResponse.json({ ok: false, code, message }, { status });
}

export async function POST(request: NextRequest): Promise<NextResponse> {
  // The session cookie is SameSite=Lax already; checking Origin as well refuses any cross-site
  // page that tries to post progress with the official's cookie.
  // "null" (a sandboxed frame, a privacy redirect) or an unparsable value names no origin of ours.
  const origin = request.headers.get("origin");
  if (origin !== null && !isSameOrigin(origin, request.headers.get("host"))) {
    return failure(403, "FORBIDDEN", "Cross-site progress updates are not accepted.");
  }
  const loaded = await orBusy(getCurrentUser);
  if (!loaded.ok) return loaded.response;
  const user = loaded.value;
  if (!user) return failure(401, "UNAUTHENTICATED", "Your session has ended. Sign in again to continue.");
  if (!can(user, "learning:own")) return failure(403, "FORBIDDEN", "You do not have permission to do that.");

  let body: unknown;
  try {
    // sendBeacon posts text/plain; fetch posts application/json. Both carry the same JSON text.
    body = JSON.parse(await request.text());
  } catch {
    return failure(400, "INVALID_INPUT", "Your progress could not be recorded. Reload the page and try again.");
  }
  const parsed = heartbeatSchema.safeParse(body);
  if (!parsed.success) return failure(400, "INVALID_INPUT", "Your progress could not be recorded. Reload the page and try again.");

  const input = parsed.data;
  return withWriteSlot(user.id, async () => {
    try {
      const data =
        input.kind === "video"
          ? await recordVideoHeartbeat({ userId: user.id, lessonId: input.lessonId, positionSeconds: input.positionSeconds })
          : await recordActivePing({ userId: user.id, lessonId: input.lessonId });
      return NextResponse.json({ ok: true, data }, { headers: { "Cache-Control": "no-store" } });
    } catch (error) {
      if (isDomainError(error)) return failure(409, error.code, error.message);
      throw error;
    }
  });
}

function isSameOrigin(origin: string, host: string | null): boolean {
  return URL.canParse(origin) && new URL(origin).host === host;
}
