import { expect, test, type APIRequestContext } from "@playwright/test";
import { signIn } from "./accounts";

// Server actions over plain HTTP, as a forged request would send them. The language switch is a
// real server action on every page, signed in or not; its id comes from the form's hidden field.

const EVIL = "https://evil.example";

async function languageActionId(request: APIRequestContext): Promise<string> {
  const html = await (await request.get("/sign-in")).text();
  const id = /name="\$ACTION_ID_([0-9a-f]+)"/.exec(html)?.[1];
  if (!id) throw new Error("No server action form on /sign-in");
  return id;
}

/** The no-JavaScript form post of the language switch. */
function postLanguage(request: APIRequestContext, actionId: string, locale: string, headers: Record<string, string>) {
  return request.post("/sign-in", { multipart: { [`$ACTION_ID_${actionId}`]: "", locale }, headers, maxRedirects: 0 });
}

function setsLocaleCookie(headers: { name: string; value: string }[]): boolean {
  return headers.some(({ name, value }) => name.toLowerCase() === "set-cookie" && value.startsWith("kaushal-locale="));
}

test("the language action works from the portal's own origin (the control for the tests below)", async ({ request, baseURL }) => {
  const actionId = await languageActionId(request);
  const response = await postLanguage(request, actionId, "hi", { origin: new URL(baseURL ?? "").origin });
  expect(response.status()).toBe(200);
  expect(setsLocaleCookie(response.headersArray())).toBe(true);
});

// Regression: Next compares Origin with X-Forwarded-Host when it is present, and the header came
// straight from the client, so a foreign origin that also sent X-Forwarded-Host ran the action.
test("a server action from a foreign origin is refused even with a matching X-Forwarded-Host, and changes nothing", async ({ page, baseURL }) => {
  await signIn(page, "reportingOfficer", "/learn");
  const actionId = await languageActionId(page.request);
  const forged: Record<string, string>[] = [
    { origin: EVIL, "x-forwarded-host": "evil.example" },
    { origin: EVIL, "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", host: "evil.example" },
    { origin: EVIL },
    { origin: "null" },
  ];
  for (const headers of forged) {
    const response = await postLanguage(page.request, actionId, "hi", headers);
    expect(response.status(), JSON.stringify(headers)).toBe(403);
    expect(setsLocaleCookie(response.headersArray()), JSON.stringify(headers)).toBe(false);
  }
  // The official's saved language is still English.
  const home = await page.request.get(`${baseURL}/learn`);
  expect(await home.text()).toMatch(/<html lang="en-IN"/);
});

// Regression: setLanguage called formData.get() on whatever it was sent, so a body that was not
// a form answered 500.
test("the language action sent a body that is not a form answers a field error and sets nothing", async ({ request, baseURL }) => {
  const actionId = await languageActionId(request);
  for (const body of ['["hi"]', '[{"locale":"hi"}]', "[]", "[null]"]) {
    const response = await request.post("/sign-in", {
      headers: { "next-action": actionId, "content-type": "text/plain;charset=UTF-8", origin: new URL(baseURL ?? "").origin, accept: "text/x-component" },
      data: body,
      maxRedirects: 0,
    });
    expect(response.status(), body).toBe(200);
    expect(await response.text(), body).toContain('"code":"INVALID_INPUT"');
    expect(setsLocaleCookie(response.headersArray()), body).toBe(false);
  }
});
