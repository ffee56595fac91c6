import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { BAD_VALUES } from "./bad-input/catalogue";
import { ACTIONS, PAGES, ROLE_ACCOUNTS, ROUTE_HANDLERS, type Role } from "./authz/matrix";
import { actionOutcome, BROWSER_UA, callAction, isSignedIn, readBuiltActions, signInOverHttp, UNKNOWN_ID, type BuiltAction } from "./authz/http";

// Every server action and route handler, sent the fixed catalogue of hostile inputs and random
// JSON (fast-check, fixed seed) by a role that passes its gate, so the input reaches the schema
// and the code behind it. Pass: a 4xx or a typed refusal, never a 5xx, and never accepted.

const DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next-e2e";
const RANDOM_RUNS = 12;

/**
 * Actions that answer OK to any input because they only ever touch the caller's own row and an
 * input naming nothing matches none: a success there changes nothing. Each needs its reason.
 */
const NO_OP_WHEN_NOTHING_MATCHES: Record<string, string> = {
  "app/(learner)/learn/courses/[slug]/actions.ts#markCourseUpdatesSeen":
    "marks the caller's own enrolment in the course as having seen its latest version; an unknown or foreign course id matches no enrolment of theirs",
};
const SEED = 20261130;

// The caller for each target: the first of these the matrix lets in (or nobody signed in).
const CALLERS: readonly Role[] = ["superAdmin", "mdoAdmin", "provider", "reviewer", "learner", "reportingOfficer", "analyst", "hindiLearner"];
test.describe.configure({ timeout: 900_000 });

const contexts = new Map<Role, APIRequestContext>();

async function contextFor(baseURL: string, role: Role): Promise<APIRequestContext> {
  const existing = contexts.get(role);
  // A hostile input may never end a session, but a lost one would only hide the inputs behind a refusal.
  if (existing && (role === "anonymous" || (await isSignedIn(existing)))) return existing;
  const account = ROLE_ACCOUNTS[role];
  const created = await signInOverHttp(baseURL, account?.email ?? "", account?.password ?? "");
  contexts.set(role, created);
  return created;
}

function callerOf(allowed: readonly Role[]): Role {
  return CALLERS.find((role) => allowed.includes(role)) ?? "anonymous";
}

test.afterAll(async () => {
  for (const context of contexts.values()) await context.dispose();
});

test("server actions: every hostile input is refused, never a 5xx and never accepted", async ({ baseURL }) => {
  const base = baseURL ?? "";
  const actions: BuiltAction[] = readBuiltActions(DIST_DIR);
  const failures: string[] = [];
  let calls = 0;
  const check = async (action: BuiltAction, caller: Role, name: string, value: unknown) => {
    calls += 1;
    const response = await callAction(await contextFor(base, caller), base, action, value);
    if (response.status() >= 500) failures.push(`${action.key} × ${name}: HTTP ${response.status()}`);
    else if ((await actionOutcome(response)) === "OK" && !(action.key in NO_OP_WHEN_NOTHING_MATCHES)) failures.push(`${action.key} × ${name}: accepted`);
  };
  for (const action of actions) {
    const caller = callerOf(ACTIONS[action.key] ?? []);
    for (const [name, value] of BAD_VALUES) await check(action, caller, name, value);
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
        await check(action, caller, `random ${JSON.stringify(value).slice(0, 80)}`, value);
      }),
      { numRuns: RANDOM_RUNS, seed: SEED },
    );
  }
  console.log(`[bad-input] ${actions.length} server actions, ${calls} calls, ${failures.length} failures`);
  expect(failures).toEqual([]);
});

test("route handlers: hostile queries and bodies are refused, never a 5xx", async ({ baseURL }) => {
  const base = baseURL ?? "";
  const failures: string[] = [];
  let calls = 0;
  const asText = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));
  // A lone surrogate cannot be percent-encoded as UTF-8: send its invalid three-byte form instead.
  const queryValue = (text: string) => {
    try {
      return encodeURIComponent(text);
    } catch {
      return "%ED%A0%80";
    }
  };
  for (const [file, target] of Object.entries(ROUTE_HANDLERS)) {
    const context = await contextFor(base, callerOf(target.allow));
    const path = target.path.replace("{learnerId}", UNKNOWN_ID).replace("{none}", UNKNOWN_ID);
    for (const [name, value] of BAD_VALUES) {
      calls += 1;
      const text = asText(value).slice(0, 4_000);
      const response =
        target.method === "GET"
          ? await context.get(`${path}?q=${queryValue(text)}&plan=${queryValue(text)}&page=${queryValue(text)}`, {
              maxRedirects: 0,
              headers: { "user-agent": BROWSER_UA },
            })
          : await context.post(path, { maxRedirects: 0, headers: { origin: new URL(base).origin, "content-type": "application/json" }, data: asText(value) });
      if (response.status() >= 500) failures.push(`${file} × ${name}: HTTP ${response.status()}`);
    }
    // Escapes that do not decode, sent as they are.
    calls += 1;
    const raw = await context.fetch(`${path}?q=%E0%A4%A&plan=%ED%A0%80&page=%`, { method: target.method, maxRedirects: 0, headers: { origin: new URL(base).origin } });
    if (raw.status() >= 500) failures.push(`${file} × raw broken escapes: HTTP ${raw.status()}`);
  }
  console.log(`[bad-input] ${Object.keys(ROUTE_HANDLERS).length} route handlers, ${calls} calls, ${failures.length} failures`);
  expect(failures).toEqual([]);
});

test("pages with search and filter boxes: hostile query strings never answer 5xx", async ({ baseURL }) => {
  const base = baseURL ?? "";
  const failures: string[] = [];
  const keys = ["q", "actor", "action", "object", "id", "after", "status", "designation", "serviceCadre", "group", "organisationId", "competency", "sort", "page", "tab", "from", "to", "plan", "course"];
  const hostile = ["%00", "a%00b", "%E0%A4%A", "%ED%A0%80", "%", "%3Cscript%3E", "=cmd", "-1", "1e400", encodeURIComponent("x".repeat(5_000))];
  const paths = [...new Set([...PAGES.filter((page) => page.method === "GET").map((page) => page.path), "/learn/catalogue", "/admin/audit", "/admin/officials", "/admin/compliance", "/admin/plan", "/admin/outbox", "/reports"])];
  for (const path of paths) {
    const target = PAGES.find((page) => page.path === path);
    const context = await contextFor(base, target ? callerOf(target.allow) : path.startsWith("/learn") ? "learner" : path.startsWith("/reports") ? "analyst" : "mdoAdmin");
    for (const value of hostile) {
      const url = `${path.replace("{learnerId}", UNKNOWN_ID).replace("{none}", UNKNOWN_ID)}?${keys.map((key) => `${key}=${value}`).join("&")}`;
      const response = await context.get(url, { maxRedirects: 0, headers: { "user-agent": BROWSER_UA } });
      if (response.status() >= 500) failures.push(`${path} with ${value.slice(0, 20)}: HTTP ${response.status()}`);
    }
  }
  expect(failures).toEqual([]);
});

test("wrong methods, wrong content types, missing or foreign Origin and oversized bodies are 4xx before any code runs", async ({ baseURL }) => {
  const base = baseURL ?? "";
  const learner = await contextFor(base, "learner");
  const statuses: Record<string, number> = {};
  statuses["GET on the heartbeat route"] = (await learner.get("/api/progress/heartbeat", { maxRedirects: 0 })).status();
  statuses["heartbeat from a foreign Origin"] = (await learner.post("/api/progress/heartbeat", { headers: { origin: "https://evil.example" }, data: "{}" })).status();
  statuses["heartbeat with Origin: null"] = (await learner.post("/api/progress/heartbeat", { headers: { origin: "null" }, data: "{}" })).status();
  statuses["heartbeat as a form"] = (
    await learner.post("/api/progress/heartbeat", { headers: { origin: new URL(base).origin }, form: { kind: "video", lessonId: UNKNOWN_ID } })
  ).status();
  statuses["a 12 MB heartbeat"] = (
    await learner.post("/api/progress/heartbeat", { headers: { origin: new URL(base).origin, "content-type": "application/json" }, data: `{"pad":"${"x".repeat(12 * 1024 * 1024)}"}` })
  ).status();
  for (const [name, status] of Object.entries(statuses)) expect(status, name).toBeGreaterThanOrEqual(400);
  for (const [name, status] of Object.entries(statuses)) expect(status, name).toBeLessThan(500);
});
