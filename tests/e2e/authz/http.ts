import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { request as playwrightRequest, type APIRequestContext, type APIResponse } from "@playwright/test";

// Plain HTTP for the authorisation matrix: sign in through next-auth's own endpoints, call a server
// action by its id as the browser's fetch would, and list the build's actions and route handlers.

/** A browser's user agent: Next streams pages to browsers and renders them whole for bots. */
export const BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36";

/** A context signed in as this official, or null when the portal refuses the sign-in (suspended). */
export async function signInOverHttp(baseURL: string, email: string, password: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { "user-agent": BROWSER_UA } });
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, callbackUrl: `${baseURL}/`, json: "true" },
    headers: { origin: new URL(baseURL).origin },
    maxRedirects: 0,
  });
  return context;
}

export async function isSignedIn(context: APIRequestContext): Promise<boolean> {
  const session = (await (await context.get("/api/auth/session")).json()) as { user?: unknown } | null;
  return !!session?.user;
}

type ManifestEntry = { workers: Record<string, unknown>; exportedName?: string; filename?: string };

export type BuiltAction = { id: string; key: string; pagePath: string };

/** Every server action of the build, keyed `<file>#<export>` as in the matrix. */
export function readBuiltActions(distDir: string): BuiltAction[] {
  const manifestPath = path.join(distDir, "server", "server-reference-manifest.json");
  if (!existsSync(manifestPath)) throw new Error(`No ${manifestPath}: build first (NEXT_DIST_DIR names the build the server runs)`);
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node).map(([id, entry]) => {
    if (!entry.filename || !entry.exportedName) throw new Error(`Server action ${id} has no file or export name in the manifest`);
    return { id, key: `${entry.filename}#${entry.exportedName}`, pagePath: postablePath(Object.keys(entry.workers)) };
  });
}

const NO_SUCH_ID = "0195f3a2-7c4e-7b1d-9a0f-3c2d1e0f4a5b";

/** A URL of one of the pages that bundle the action: "app/(admin)/admin/officials/[id]/page" → "/admin/officials/<id>". */
function postablePath(workers: string[]): string {
  const pages = workers.filter((worker) => worker.endsWith("/page")).map(workerToPath);
  // A page without dynamic segments first: its path is the plainest place to post to.
  const plain = pages.find((page) => !page.includes(NO_SUCH_ID));
  return plain ?? pages[0] ?? "/sign-in";
}

function workerToPath(worker: string): string {
  const segments = worker
    .replace(/^app\//, "")
    .replace(/\/page$/, "")
    .split("/")
    .filter((segment) => !(segment.startsWith("(") && segment.endsWith(")")))
    .map((segment) => (segment.startsWith("[") ? NO_SUCH_ID : segment));
  return `/${segments.join("/")}`.replace(/\/$/, "") || "/";
}

export const UNKNOWN_ID = NO_SUCH_ID;

/** Every route handler file under app/. */
export function listRouteHandlers(appDir = "app"): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === "route.ts") found.push(full.split(path.sep).join("/"));
    }
  };
  walk(appDir);
  return found.sort();
}

/** Calls a server action as React's fetch does, with one argument, and returns the raw answer. */
export function callAction(context: APIRequestContext, baseURL: string, action: BuiltAction, argument: unknown): Promise<APIResponse> {
  return context.post(action.pagePath, {
    headers: {
      "next-action": action.id,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin: new URL(baseURL).origin,
    },
    data: JSON.stringify([argument]),
    maxRedirects: 0,
  });
}

/** The result code in an action's answer (`{"ok":false,"code":"FORBIDDEN",…}`), "OK", or what came instead. */
export async function actionOutcome(response: APIResponse): Promise<string> {
  if (response.status() !== 200) return `HTTP ${response.status()}`;
  const body = await response.text();
  if (/"ok":true/.test(body)) return "OK";
  return /"ok":false,"code":"([A-Z_]+)"/.exec(body)?.[1] ?? `unparsed: ${body.slice(0, 200)}`;
}

/** What a page or route answered, as the matrix writes it: a status, or "sign-in" for a redirect there. */
export function httpOutcome(response: APIResponse): number | "sign-in" {
  const status = response.status();
  if (status >= 300 && status < 400 && /\/sign-in/.test(response.headers().location ?? "")) return "sign-in";
  return status;
}
