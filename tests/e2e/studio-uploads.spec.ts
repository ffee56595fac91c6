import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { zipBytes } from "../support/sample-files";
import { ACCOUNTS, type AccountName } from "./accounts";

// A provider's author uploads a video as the editor does (multipart: kind, then file) and plays
// it from /media/<id>: the browser seeks with byte ranges (206). A learner cannot fetch the draft
// upload, and a file that lies about its type is refused with a message for the author.

// Serial: the learner's check needs the upload the author made first.
test.describe.configure({ mode: "serial", timeout: 180_000 });

let uploadedUrl = "";

// As accounts.ts signIn, with waits for a loaded machine (the first studio render can take long).
async function signIn(page: Page, account: AccountName, callbackUrl = "/learn"): Promise<void> {
  const { email, password } = ACCOUNTS[account];
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`, { timeout: 60_000 });
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/, { timeout: 60_000 });
}

const VIDEO = readFileSync(path.join(process.cwd(), "public/media/videos/course-orientation.webm"));

type UploadAnswer = { status: number; body: { ok: boolean; asset?: { id: string; url: string; mimeType: string }; error?: { code: string; message: string } } };

async function uploadFromPage(page: Page, kind: string, name: string, bytes: Buffer, type: string): Promise<UploadAnswer> {
  return page.evaluate(
    async ({ kind, name, base64, type }) => {
      const binary = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
      const form = new FormData();
      form.append("kind", kind);
      form.append("file", new File([binary], name, { type }));
      const response = await fetch("/studio/media", { method: "POST", body: form });
      return { status: response.status, body: await response.json() };
    },
    { kind, name, base64: bytes.toString("base64"), type },
  );
}

test("an uploaded video plays and seeks; a lying file is refused", async ({ page }) => {
  await signIn(page, "provider", "/studio");
  const uploaded = await uploadFromPage(page, "VIDEO", "Orientation.webm", VIDEO, "video/webm");
  expect(uploaded.status).toBe(200);
  expect(uploaded.body.asset?.mimeType).toBe("video/webm");
  const url = uploaded.body.asset?.url ?? "";
  uploadedUrl = url;
  expect(url).toMatch(/^\/media\/[0-9a-f-]{36}$/);

  const ranged: number[] = [];
  page.on("response", (response) => {
    if (response.url().endsWith(url)) ranged.push(response.status());
  });
  await page.setContent(`<main><h1>Preview</h1><video controls preload="auto" src="${url}" aria-label="Orientation"></video></main>`);
  const video = page.locator("video");
  await expect.poll(() => video.evaluate((element: HTMLVideoElement) => element.readyState), { timeout: 60_000 }).toBeGreaterThanOrEqual(1);
  const duration = await video.evaluate((element: HTMLVideoElement) => element.duration);
  expect(duration).toBeGreaterThan(2);
  const landed = await video.evaluate(
    (element: HTMLVideoElement, target: number) =>
      new Promise<number>((resolve) => {
        element.addEventListener("seeked", () => resolve(element.currentTime), { once: true });
        element.currentTime = target;
      }),
    duration * 0.75,
  );
  expect(Math.abs(landed - duration * 0.75)).toBeLessThan(1.5);
  expect(ranged).toContain(206);
  await page.screenshot({ path: "tests/artifacts/studio-uploads/video-seeked.png" });

  const lying = await uploadFromPage(page, "PDF", "Circular.pdf", zipBytes(), "application/pdf");
  expect(lying.status).toBe(415);
  expect(lying.body.error?.message).toContain("“Circular.pdf” is really a ZIP archive, not a PDF");
});

test("a learner cannot fetch the author's draft upload", async ({ page }) => {
  expect(uploadedUrl).not.toBe("");
  await signIn(page, "learner");
  const response = await page.goto(uploadedUrl, { timeout: 60_000 });
  expect(response?.status()).toBe(404);
});
