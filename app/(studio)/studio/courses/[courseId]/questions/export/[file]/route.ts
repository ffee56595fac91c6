import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/server/auth/session";
import { exportQuestionBankFile } from "@/lib/server/studio/questions/export-question-bank-file";

export const dynamic = "force-dynamic";

/** questions.csv (importable) and difficulty.csv, for those who may read the bank. */
export async function GET(_request: Request, { params }: { params: Promise<{ courseId: string; file: string }> }) {
  const user = await requirePermission("studio:access");
  const { courseId, file } = await params;
  const exported = await exportQuestionBankFile(user, courseId, file);
  if (!exported) notFound();
  return new Response(exported.body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exported.fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
