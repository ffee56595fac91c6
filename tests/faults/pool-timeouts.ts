// Every PostgreSQL pool the app opens must bound how long it waits and runs: a statement timeout,
// an idle-in-transaction timeout and a wait for a pooled connection. Read from the pools' own
// configuration in the source (a server does not expose another session's settings).
import { readFileSync } from "node:fs";
import path from "node:path";

const POOLS = [
  { file: "lib/server/db.ts", what: "Prisma's pool (adapter-pg)" },
  { file: "lib/server/db-read.ts", what: "the replica pools" },
  { file: "lib/server/auth/rate-limit.ts", what: "the sign-in limiter's pool" },
  { file: "lib/server/jobs/boss.ts", what: "pg-boss's pool" },
];
const SETTINGS = ["statement_timeout", "idle_in_transaction_session_timeout", "connectionTimeoutMillis"];

export function checkPoolTimeouts(root: string): { name: string; pass: boolean; figures: string; data: unknown } {
  const missing: string[] = [];
  const found: Record<string, Record<string, string>> = {};
  for (const pool of POOLS) {
    const text = readFileSync(path.join(root, pool.file), "utf8");
    found[pool.file] = {};
    for (const setting of SETTINGS) {
      // The value: a number, a variable or an expression (parentheses kept whole).
      const match = new RegExp(`${setting}:\\s*((?:[^,\\n(){}]|\\([^)]*\\))+)`).exec(text);
      if (match) found[pool.file]![setting] = match[1]!.trim();
      else missing.push(`${setting} in ${pool.file} (${pool.what})`);
    }
  }
  return {
    name: "every pool has statement, idle-in-transaction and connection-wait timeouts",
    pass: missing.length === 0,
    figures: missing.length ? `missing: ${missing.join("; ")}` : POOLS.map((p) => `${p.file}: ${SETTINGS.map((s) => found[p.file]![s]).join(" / ")}`).join("; "),
    data: found,
  };
}
