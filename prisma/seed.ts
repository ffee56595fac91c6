// `npm run db:seed`: fills DATABASE_URL with the demo data (idempotent; safe to run again).
// Runs with --conditions=react-server so the factories' `import "server-only"` resolves to a no-op.
// It builds its own client rather than importing lib/server/db.ts, which needs the app's env.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { requireDatabaseUrl } from "./database-url";
import { DEMO_ACCOUNTS } from "./seed-data/demo-accounts";
import { seedDatabase } from "./seed-data/seed-database";

const adapter = new PrismaPg({
  connectionString: requireDatabaseUrl(),
  // The embedded database serialises statements; a small pool avoids queueing connections there.
  max: 4,
  connectionTimeoutMillis: 10_000,
  idle_in_transaction_session_timeout: 15_000,
});
const prisma = new PrismaClient({ adapter });

try {
  const started = Date.now();
  console.log("Seeding the demo data…");
  const counts = await seedDatabase(prisma, { log: (message) => console.log(message) });
  const summary = Object.entries(counts)
    .map(([name, count]) => `${name} ${count}`)
    .join(", ");
  console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary}.`);
  console.log("Demo accounts:");
  for (const account of Object.values(DEMO_ACCOUNTS)) {
    console.log(`  ${account.email} / ${account.password} (${account.roles.join(", ")}${account.status === "SUSPENDED" ? ", suspended" : ""})`);
  }
  await prisma.$disconnect();
  process.exit(0);
} catch (error) {
  console.error("Seeding failed:", error);
  await prisma.$disconnect().catch(() => {});
  process.exit(1);
}
