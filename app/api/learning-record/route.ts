import { isoDate } from "@/lib/domain/format-date";
import { LEARNING_RECORD_HREF } from "@/lib/domain/routes";
import { requirePermission } from "@/lib/server/auth/session";
import { learningRecordJsonStream, xapiBaseUrl } from "@/lib/server/learner/export-learning-record";

export const dynamic = "force-dynamic";

/**
 * The signed-in official's own learning record as xAPI 1.0.3 statements. It takes no parameters
 * on purpose: whose record is exported comes from the session alone, so nobody can ask for
 * another official's.
 */
export async function GET(request: Request) {
  const user = await requirePermission("learning:own", LEARNING_RECORD_HREF);
  const body = learningRecordJsonStream({
    actor: { id: user.id, name: user.name, email: user.email },
    baseUrl: xapiBaseUrl(new URL(request.url).origin),
  });
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="kaushal-learning-record-${isoDate(new Date())}.json"`,
      "X-Experience-API-Version": "1.0.3",
      // Personal data: never stored by a shared proxy or the browser cache.
      "Cache-Control": "private, no-store",
    },
  });
}
