import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/server/auth/session";
import { isImportVisible, rejectedRowsCsv } from "@/lib/server/admin/onboarding/list-rejected-rows";

// Streamed page by page, so a file with 100,000 refused rows downloads in constant memory.
export async function GET(_request: Request, { params }: { params: Promise<{ importId: string }> }) {
  const user = await requirePermission("org:officials:manage");
  const { importId } = await params;
  if (!(await isImportVisible(user, importId))) notFound();
  const encoder = new TextEncoder();
  const parts = rejectedRowsCsv(user, importId);
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await parts.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="rejected-rows-${importId.slice(0, 8)}.csv"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
