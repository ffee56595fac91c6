// Serves the production build over a generated database for the reports benchmark. Unlike
// bench-server.ts it runs `next start` alone — no migrations, no seed, no sign-in — because the
// database may be someone else's million-official load that must not change: the session
// cookie is minted with the secret this server was given, exactly as next-auth would sign it.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { SESSION_ID_CLAIM, SESSION_VERSION_CLAIM } from "../../server/auth/auth-config";
import { sessionCookieName } from "../../server/auth/session-cookie";

export type ReportsServer = {
  baseUrl: string;
  /** The next-server process, whose /proc status the export measurement reads. */
  serverPid: number;
  cookieFor: (user: { id: string; name: string; email: string; sessionVersion: number }) => Promise<string>;
  stop: () => Promise<void>;
};

const SESSION_SECONDS = 8 * 60 * 60;

function childrenOf(pid: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The parent pid is the second field after the parenthesised command name.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (parent === pid) found.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

/** The process (the spawned one or a descendant) that titled itself next-server. */
function findNextServer(rootPid: number): number | null {
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, "utf8").startsWith("next-server")) return pid;
    } catch {
      continue;
    }
    queue.push(...childrenOf(pid));
  }
  return null;
}

export async function startReportsServer(options: { root: string; databaseUrl: string; port: number; distDir: string; poolSize?: number }): Promise<ReportsServer> {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const secret = randomBytes(32).toString("base64url");
  const child: ChildProcess = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(options.port), "-H", "127.0.0.1"], {
    cwd: options.root,
    // Own process group, so stopping reaches whatever next starts — and nothing else.
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: options.databaseUrl,
      DATABASE_POOL_SIZE: String(options.poolSize ?? 10),
      NEXT_DIST_DIR: options.distDir,
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: secret,
    },
  });
  let exited = false;
  child.on("exit", () => (exited = true));
  child.on("error", (error) => {
    exited = true;
    console.error("[bench] next start failed:", error.message);
  });

  const stop = async () => {
    if (exited || child.pid === undefined) return;
    process.kill(-child.pid, "SIGTERM");
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        if (!exited && child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
        resolve();
      }, 10_000);
      child.on("exit", () => {
        clearTimeout(timer);
        resolve();
      });
    });
  };

  const deadline = Date.now() + 180_000;
  for (;;) {
    if (exited) throw new Error("next start exited before it was ready.");
    try {
      if ((await fetch(`${baseUrl}/sign-in`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error("next start was not ready within 3 minutes.");
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const serverPid = findNextServer(child.pid!);
  if (serverPid === null) {
    await stop();
    throw new Error("Could not find the next-server process.");
  }

  const cookieFor: ReportsServer["cookieFor"] = async (user) => {
    // Every request checks its server-side session row: sign the bench user in as sign-in would.
    const sessionId = randomUUID();
    const client = new pg.Client({ connectionString: options.databaseUrl });
    await client.connect();
    try {
      await client.query(`INSERT INTO "UserSession" (id, "userId", "expiresAt") VALUES ($1, $2, now() + make_interval(secs => $3))`, [sessionId, user.id, SESSION_SECONDS]);
    } finally {
      await client.end();
    }
    const token = await encode({
      token: { sub: user.id, name: user.name, email: user.email, [SESSION_VERSION_CLAIM]: user.sessionVersion, [SESSION_ID_CLAIM]: sessionId },
      secret,
      maxAge: SESSION_SECONDS,
    });
    return `${sessionCookieName(false)}=${token}`;
  };
  return { baseUrl, serverPid, cookieFor, stop };
}
