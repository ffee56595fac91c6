import { ONBOARDING_COLUMNS, TEMPLATE_EXAMPLE } from "@/lib/domain/admin/onboarding/columns";
import { toCsv } from "@/lib/domain/reports/csv";
import { requirePermission } from "@/lib/server/auth/session";

export async function GET() {
  await requirePermission("org:officials:manage");
  const csv = toCsv(
    ONBOARDING_COLUMNS.map((column) => ({ header: column, value: (row: typeof TEMPLATE_EXAMPLE) => row[column] })),
    [TEMPLATE_EXAMPLE],
  );
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="officials-template.csv"',
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
