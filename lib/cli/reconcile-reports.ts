// `npm run reports:reconcile`: recounts every report roll-up from the raw rows and prints the
// difference from what the triggers maintained. Exit code 0 and "0 differences" when exact;
// 1 with the differing roll-ups and sample rows otherwise. `--repair` then rebuilds them.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { requireDatabaseUrl } from "../../prisma/database-url";
import { RECONCILED_ROLLUPS, reconcileReportRollups } from "../server/reports/reconcile-report-rollups";

const repair = process.argv.includes("--repair");
// A recount of a national database takes minutes: no statement timeout here.
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: requireDatabaseUrl(), statement_timeout: 0 }) });

const started = Date.now();
const differences = await reconcileReportRollups(prisma);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
for (const rollup of RECONCILED_ROLLUPS) {
  const difference = differences.find((row) => row.rollup === rollup);
  console.log(`${difference ? "✗" : "✓"} ${rollup}: ${difference ? `${difference.unexpected} rows in the roll-up differ, ${difference.missing} recounted rows are not in it` : "0 differences"}`);
  for (const sample of difference?.samples ?? []) {
    console.log(`    ${sample.side === "rollup" ? "roll-up:" : "recount:"} ${JSON.stringify(sample.row, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value))}`);
  }
}
const total = differences.reduce((sum, row) => sum + row.unexpected + row.missing, 0);
console.log(`${total} differences (${seconds} s)`);
if (total > 0 && repair) {
  await prisma.$executeRaw`SELECT "rebuild_report_rollups"()`;
  console.log("Roll-ups rebuilt from the raw rows. Held levels and learning-time totals are not rebuilt by --repair.");
}
await prisma.$disconnect();
process.exit(total > 0 && !repair ? 1 : 0);
