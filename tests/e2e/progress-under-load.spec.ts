import { expect, test } from "@playwright/test";
import { signIn } from "./accounts";

// Regression: the progress routes answered 500 to malformed input (Origin: null from a sandboxed
// frame, an unparsable Origin, a broken percent-escape in a lesson id) and to a burst from one
// official (Prisma could not start a transaction in time). Each must be a 4xx, or a 429/503 with
// Retry-After, and never a 5xx otherwise.

const UNKNOWN_LESSON = "0195f3a2-7c4e-7b1d-9a0f-3c2d1e0f4a5b";
const HEARTBEAT = "/api/progress/heartbeat";

test.describe("progress routes", () => {
  test("refuse malformed origins and ids with a 4xx", async ({ page, baseURL }) => {
    await signIn(page, "learner");
    const body = JSON.stringify({ kind: "active", lessonId: UNKNOWN_LESSON });
    const statusWithOrigin = async (origin: string) =>
      (await page.request.post(HEARTBEAT, { headers: { origin, "content-type": "application/json" }, data: body })).status();
    expect({
      null: await statusWithOrigin("null"),
      unparsable: await statusWithOrigin("http://[::1"),
      foreign: await statusWithOrigin("https://elsewhere.example"),
    }).toEqual({ null: 403, unparsable: 403, foreign: 403 });
    // The portal's own origin is accepted (the lesson is unknown, so nothing is recorded).
    expect(await statusWithOrigin(baseURL!)).toBe(409);

    const visit = async (id: string) => (await page.request.get(`/api/progress/lessons/${id}/visit`, { maxRedirects: 0 })).status();
    expect({ brokenEscape: await visit("%E0%A4%A"), notAnId: await visit("not-a-lesson") }).toEqual({ brokenEscape: 400, notAnId: 404 });

    expect((await page.request.get("/learn/courses/%E0%A4%A", { maxRedirects: 0 })).status()).toBe(400);
    const record = await page.request.get("/api/learning-record?%E0%A4%A=%", { maxRedirects: 0 });
    expect(record.status()).toBe(200);
  });

  test("a burst of one official's heartbeats is answered without a 5xx", async ({ page, baseURL }) => {
    await signIn(page, "learner");
    const responses = await Promise.all(
      Array.from({ length: 40 }, () =>
        page.request.post(HEARTBEAT, {
          headers: { origin: baseURL!, "content-type": "application/json" },
          data: JSON.stringify({ kind: "active", lessonId: UNKNOWN_LESSON }),
        }),
      ),
    );
    const statuses = responses.map((response) => response.status());
    expect(statuses.filter((status) => status >= 500 && status !== 503)).toEqual([]);
    expect(statuses.every((status) => [409, 429, 503].includes(status))).toBe(true);
    for (const response of responses.filter((r) => r.status() === 429 || r.status() === 503)) {
      expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
    }
  });
});
