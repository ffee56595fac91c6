import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { isDomainError } from "@/lib/domain/learning/domain-error";
import { can } from "@/lib/domain/permissions";
import { getCurrentUser, signInPath } from "@/lib/server/auth/session";
import { orBusy, withWriteSlot } from "@/lib/server/concurrency/busy-response";
import { recordLinkVisit } from "@/lib/server/progress/record-link-visit";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ lessonId: string }> };

/**
 * The href of a LINK lesson's "Open resource" link: records the visit (the only evidence a link
 * can give, and it completes the lesson) and sends the browser on to the outside URL. A plain
 * link, so it works without JavaScript and in a new tab.
 */
export async function GET(request: NextRequest, context: Context): Promise<NextResponse> {
  const { lessonId } = await context.params;
  const loaded = await orBusy(getCurrentUser);
  if (!loaded.ok) return loaded.response;
  const user = loaded.value;
  if (!user) return NextResponse.redirect(new URL(await signInPath(request.nextUrl.pathname), request.url));
  // No link of the portal's carries anything but a lesson id: a mangled one (a broken percent-escape
  // decodes to nonsense) is a 404 that changes nothing.
  if (!z.uuid().safeParse(lessonId).success) return new NextResponse("Not found.", { status: 404, headers: { "content-type": "text/plain" } });
  if (!can(user, "learning:own")) return NextResponse.redirect(new URL("/learn", request.url));
  // Another site must not be able to complete an official's lesson by linking here: a visit
  // counts only when it comes from the portal itself (or is typed in), as the browser reports.
  if (request.headers.get("sec-fetch-site") === "cross-site") {
    return NextResponse.redirect(new URL("/learn", request.url));
  }
  return withWriteSlot(user.id, async () => {
    try {
      const { externalUrl } = await recordLinkVisit({ userId: user.id, lessonId });
      // recordLinkVisit accepts only http(s) addresses, so this never redirects to a script URL.
      return NextResponse.redirect(new URL(externalUrl), 303);
    } catch (error) {
      if (isDomainError(error)) return NextResponse.redirect(new URL("/learn", request.url));
      throw error;
    }
  });
}
