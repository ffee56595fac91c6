import { can } from "@/lib/domain/permissions";
import { MAX_ONBOARDING_FILE_BYTES } from "@/lib/domain/admin/onboarding/columns";
import { getCurrentUser } from "@/lib/server/auth/session";
import { createOnboardingImport } from "@/lib/server/admin/onboarding/create-onboarding-import";
import { enqueueOnboardingImport } from "@/lib/server/jobs/enqueue";

// A route handler, not a server action: an action's body is capped by serverActions.bodySizeLimit
// (1 MB), far below a ministry's file. A plain form posts here, so it works without JavaScript;
// the answer is a redirect to the import's page, which follows the job's progress.

// A relative Location: behind a proxy request.url may name another host than the browser used.
function back(_request: Request, path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
}

export async function POST(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return back(request, "/sign-in?callbackUrl=/admin/onboarding");
  if (!can(user, "org:officials:manage")) return new Response("Forbidden", { status: 403 });
  // Same-origin only: a form on another site must not add officials with an admin's cookie.
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin && (origin === "null" || new URL(origin).host !== host)) return new Response("Forbidden", { status: 403 });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_ONBOARDING_FILE_BYTES + 64 * 1024) {
    return back(request, "/admin/onboarding?error=TOO_LARGE");
  }

  let file: FormDataEntryValue | null = null;
  try {
    file = (await request.formData()).get("file");
  } catch {
    return back(request, "/admin/onboarding?error=NO_FILE");
  }
  if (!(file instanceof File) || file.size === 0) return back(request, "/admin/onboarding?error=NO_FILE");

  const result = await createOnboardingImport(user, { fileName: file.name, text: await file.text() });
  if (!result.ok) return back(request, `/admin/onboarding?error=${result.code}`);
  await enqueueOnboardingImport(result.importId);
  return back(request, `/admin/onboarding/${result.importId}`);
}
