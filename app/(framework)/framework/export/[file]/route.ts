import { notFound } from "next/navigation";
import { FRAMEWORK_HREF } from "@/lib/domain/framework/framework-routes";
import { requirePermission } from "@/lib/server/auth/session";
import { exportFrameworkFile } from "@/lib/server/framework/export-framework-file";

export const dynamic = "force-dynamic";

/** /framework/export/framework.json and one CSV per sheet (competencies.csv, roles.csv…). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const user = await requirePermission("frac:read", FRAMEWORK_HREF);
  const file = await exportFrameworkFile(user, (await params).file);
  if (!file) notFound();
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
