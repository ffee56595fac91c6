// Starts the production server the way the end-to-end suite does (lib/cli/start.ts over an
// existing build), signs in through next-auth's credentials endpoint, and stops what it started.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";

export type BenchServer = { baseUrl: string; stop: () => Promise<void> };

export async function startBenchServer(options: { root: string; databaseUrl: string; port: number; distDir: string }): Promise<BenchServer> {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const child: ChildProcess = spawn("npx", ["tsx", path.join("lib", "cli", "start.ts"), "--no-seed"], {
    cwd: options.root,
    // Own process group, so stopping reaches npx, tsx and next together — and nothing else.
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      NEXT_DIST_DIR: options.distDir,
      PORT: String(options.port),
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    },
  });
  let exited = false;
  child.on("exit", () => (exited = true));

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
    if (exited) throw new Error("The server exited before it was ready.");
    try {
      const response = await fetch(`${baseUrl}/sign-in`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error("The server was not ready within 3 minutes.");
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { baseUrl, stop };
}

function mergeCookies(jar: Map<string, string>, response: Response): void {
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(";");
    const index = pair?.indexOf("=") ?? -1;
    if (pair && index > 0) jar.set(pair.slice(0, index).trim(), pair.slice(index + 1).trim());
  }
}

const cookieHeader = (jar: Map<string, string>) => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

/** Signs in with next-auth's credentials flow and returns the Cookie header for later requests. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  mergeCookies(jar, csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/learn`, json: "true" }),
  });
  mergeCookies(jar, response);
  if (![...jar.keys()].some((name) => name.endsWith("next-auth.session-token"))) {
    throw new Error(`Sign-in as ${email} failed (HTTP ${response.status}).`);
  }
  return cookieHeader(jar);
}
