import type { NextRequest } from "next/server";
import { requirePermission } from "@/lib/server/auth/session";
import { findReportingOfficerCandidates } from "@/lib/server/admin/get-official-for-admin";

const SUGGESTIONS = 10;
const MAX_QUERY = 100;

/**
 * Suggestions for the reporting-officer field as the admin types: active officials of the admin's
 * own subtree whose name or email starts with `q`. The save re-checks whatever is chosen.
 */
export async function GET(request: NextRequest) {
  const user = await requirePermission("org:officials:manage");
  const q = (request.nextUrl.searchParams.get("q") ?? "").slice(0, MAX_QUERY);
  // No name or email holds a control character, and PostgreSQL cannot hold a NUL at all.
  if (/[\u0000-\u001f\u007f]/.test(q)) return Response.json({ ok: false, code: "INVALID_INPUT", message: "Type letters of a name or an email." }, { status: 400 });
  const officials = q.trim() ? await findReportingOfficerCandidates(user, q, SUGGESTIONS) : [];
  return Response.json(
    officials.map((official) => ({ id: official.id, name: official.name, email: official.email, designation: official.designation })),
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
