import { expect, test, type APIRequestContext } from "@playwright/test";
import { generateOfficials } from "../../prisma/seed-data/generate-officials";
import { ACCOUNTS } from "./accounts";
import { ACTIONS, DENIAL, PAGES, ROLE_ACCOUNTS, ROLES, ROUTE_HANDLERS, SCOPED_ACTIONS, SIGNED_OUT_ROLES, type HttpTarget, type Role } from "./authz/matrix";
import {
  actionOutcome,
  BROWSER_UA,
  callAction,
  httpOutcome,
  isSignedIn,
  listRouteHandlers,
  readBuiltActions,
  signInOverHttp,
  UNKNOWN_ID,
  type BuiltAction,
} from "./authz/http";

// The authorisation matrix (tests/e2e/authz/matrix.ts), every cell called over plain HTTP with the
// role's own session: server actions by id, route handlers and pages by URL. A denial must carry
// its code or status and must not show the personal data the allowed role sees.

const DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next-e2e";
const LEARNER = { name: "Priya Raghavan", email: ACCOUNTS.learner.email };
// A Ministry of Home Affairs official of the seed, made an MDO admin of her department below by
// the super admin, through the same action the officials console uses. Seeded officials share the
// demo learner's password.
const MHA_OFFICIAL = generateOfficials().find((official) => official.organisationCode === "MHA-DIS");

const contexts = new Map<Role, APIRequestContext>();
let actions: BuiltAction[] = [];
let learnerId = "";

const context = (role: Role): APIRequestContext => {
  const found = contexts.get(role);
  if (!found) throw new Error(`No context for ${role}`);
  return found;
};

function actionByKey(key: string): BuiltAction {
  const action = actions.find((candidate) => candidate.key === key);
  if (!action) throw new Error(`No server action ${key} in the build`);
  return action;
}

async function officialIdByEmail(admin: APIRequestContext, email: string): Promise<string> {
  const html = await (await admin.get(`/admin/officials?q=${encodeURIComponent(email)}`)).text();
  const id = /\/admin\/officials\/([0-9a-f-]{36})/.exec(html)?.[1];
  if (!id) throw new Error(`Official ${email} not found in the officials console`);
  return id;
}

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(300_000);
  const base = baseURL ?? "";
  actions = readBuiltActions(DIST_DIR);
  for (const role of ROLES) {
    const account = ROLE_ACCOUNTS[role];
    contexts.set(role, account ? await signInOverHttp(base, account.email, account.password) : await signInOverHttp(base, "", ""));
  }
  learnerId = await officialIdByEmail(context("mdoAdmin"), LEARNER.email);

  if (!MHA_OFFICIAL) throw new Error("The seed has no official in MHA-DIS");
  const superAdmin = context("superAdmin");
  const mhaOfficialId = await officialIdByEmail(superAdmin, MHA_OFFICIAL.email);
  const granted = await actionOutcome(
    await callAction(superAdmin, base, actionByKey("app/(admin)/admin/officials/actions.ts#changeOfficialRoles"), {
      officialId: mhaOfficialId,
      isOrganisationAdmin: "on",
    }),
  );
  expect(granted, "the super admin makes an MHA official an MDO admin").toBe("OK");
  contexts.set("mhaAdmin", await signInOverHttp(base, MHA_OFFICIAL.email, ACCOUNTS.learner.password));

  for (const role of ROLES) {
    expect(await isSignedIn(context(role)), `${role} signed in`).toBe(!SIGNED_OUT_ROLES.includes(role));
  }
});

test.afterAll(async () => {
  for (const requestContext of contexts.values()) await requestContext.dispose();
});

test("every server action and route handler of the build has a row in the matrix", () => {
  const builtKeys = actions.map((action) => action.key).sort();
  expect(builtKeys.filter((key) => !(key in ACTIONS)), "server actions without a row").toEqual([]);
  expect(Object.keys(ACTIONS).filter((key) => !builtKeys.includes(key)), "rows for actions the build does not have").toEqual([]);
  const handlers = listRouteHandlers();
  expect(handlers.filter((file) => !(file in ROUTE_HANDLERS)), "route handlers without a row").toEqual([]);
  expect(Object.keys(ROUTE_HANDLERS).filter((file) => !handlers.includes(file)), "rows for route handlers that do not exist").toEqual([]);
});

test("server actions: allowed roles pass the gate, the others get a typed refusal", async ({ baseURL }) => {
  test.setTimeout(600_000);
  const expected: Record<string, string> = {};
  const actual: Record<string, string> = {};
  for (const [key, allow] of Object.entries(ACTIONS)) {
    const action = actionByKey(key);
    for (const role of ROLES) {
      const cell = `${key} × ${role}`;
      expected[cell] = allow.includes(role)
        ? "INVALID_INPUT"
        : SIGNED_OUT_ROLES.includes(role)
          ? DENIAL.action.signedOut
          : DENIAL.action.signedIn;
      // null is no action's input: an allowed caller is stopped by the schema, before anything runs.
      actual[cell] = await actionOutcome(await callAction(context(role), baseURL ?? "", action, null));
    }
  }
  expect(actual).toEqual(expected);
});

test("server actions on an official outside the caller's subtree: not found, and nothing changes", async ({ baseURL }) => {
  for (const { action, input, roles, code } of SCOPED_ACTIONS) {
    const argument = Object.fromEntries(Object.entries(input).map(([name, value]) => [name, value.replace("{learnerId}", learnerId)]));
    for (const role of roles) {
      const response = await callAction(context(role), baseURL ?? "", actionByKey(action), argument);
      expect(await actionOutcome(response), `${action} × ${role}`).toBe(code);
      const body = await response.text();
      expect(body).not.toContain(LEARNER.name);
      expect(body).not.toContain(LEARNER.email);
    }
  }
  // The demo learner is still active, with her session and without an admin grant.
  expect(await isSignedIn(context("learner"))).toBe(true);
  const official = await (await context("mdoAdmin").get(`/admin/officials/${learnerId}`)).text();
  expect(official).toContain(LEARNER.name);
  expect(official).not.toMatch(/>Suspended</);
  expect(await (await context("learner").get("/admin", { maxRedirects: 0 })).status()).toBe(403);
});

function expectedHttp(target: HttpTarget, role: Role): number | "sign-in" {
  if (target.allow.includes(role)) return target.allowed;
  if (SIGNED_OUT_ROLES.includes(role)) return target.signedOut ?? DENIAL.http.signedOut;
  if (target.outOfScope?.roles.includes(role)) return target.outOfScope.status;
  return DENIAL.http.signedIn;
}

async function runHttpCells(targets: readonly HttpTarget[], baseURL: string) {
  const expected: Record<string, number | "sign-in"> = {};
  const actual: Record<string, number | "sign-in"> = {};
  const leaks: string[] = [];
  for (const target of targets) {
    const url = target.path.replace("{learnerId}", learnerId).replace("{none}", UNKNOWN_ID);
    for (const role of ROLES) {
      const cell = `${target.method} ${target.path} × ${role}`;
      const response =
        target.method === "GET"
          ? await context(role).get(url, { maxRedirects: 0, headers: { accept: "text/html", "user-agent": BROWSER_UA } })
          : await context(role).post(url, { maxRedirects: 0, headers: { origin: new URL(baseURL).origin }, data: "" });
      expected[cell] = expectedHttp(target, role);
      actual[cell] = httpOutcome(response);
      // The demo learner's own pages show her name; anybody else's answer shows it only if allowed.
      if (role !== "learner") {
        const body = await response.text();
        const shows = body.includes(LEARNER.name) || body.includes(LEARNER.email);
        const mayShow = target.allow.includes(role) && (target.showsLearner ?? shows);
        if (shows !== mayShow) leaks.push(`${cell}: ${shows ? "shows" : "does not show"} the demo learner`);
      }
    }
  }
  expect(actual).toEqual(expected);
  expect(leaks).toEqual([]);
}

test("route handlers answer each role as the matrix says", async ({ baseURL }) => {
  test.setTimeout(600_000);
  await runHttpCells(Object.values(ROUTE_HANDLERS), baseURL ?? "");
});

test("pages with personal data answer each role as the matrix says, and a denial shows none of it", async ({ baseURL }) => {
  test.setTimeout(600_000);
  await runHttpCells(PAGES, baseURL ?? "");
});
