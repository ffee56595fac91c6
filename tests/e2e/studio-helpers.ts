import { expect, type Browser, type Page, type TestInfo } from "@playwright/test";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { ACCOUNTS, type AccountName } from "./accounts";
import { expectNoAxeViolations } from "./axe";
import { snap } from "./journey-helpers";

// What the studio journeys share: several people signed in side by side, each in a context of
// their own, with waits for a loaded two-core machine; the studio pages' axe check and screenshot;
// and small but real files to upload (the upload route sniffs their bytes, so a fake will not do).

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 375, height: 812 } as const;

/** A page in a browser context of its own, signed in as `account` and landed on `path`. */
export async function signInAs(browser: Browser, account: AccountName, path: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  page.setDefaultTimeout(60_000);
  page.setDefaultNavigationTimeout(120_000);
  const { email, password } = ACCOUNTS[account];
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/, { timeout: 120_000 });
  return page;
}

/** axe (WCAG 2.1 AA) on a studio page, then a full-page screenshot kept with the test's results. */
export async function checkStudioPage(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await expectNoAxeViolations(page);
  await snap(page, testInfo, name);
}

/** A one-page PDF with a heading and a line of text, as a word processor would export it. */
export async function samplePdf(title: string, line: string): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  page.drawText(title, { x: 56, y: 760, size: 20, font });
  page.drawText(line, { x: 56, y: 720, size: 12, font });
  return Buffer.from(await pdf.save());
}

/**
 * A WebM video of `seconds` seconds, recorded by the browser itself from a canvas with a moving
 * bar (MediaRecorder, VP8): a real, playable file of a few kilobytes, made without any tool.
 */
export async function recordSampleWebm(page: Page, seconds = 3): Promise<Buffer> {
  const base64 = await page.evaluate(async (durationMs) => {
    const canvas = document.createElement("canvas");
    canvas.width = 160;
    canvas.height = 90;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("No 2D canvas");
    const recorder = new MediaRecorder(canvas.captureStream(25), { mimeType: "video/webm;codecs=vp8" });
    const chunks: Blob[] = [];
    recorder.ondataavailable = (event) => chunks.push(event.data);
    const stopped = new Promise<void>((resolve) => (recorder.onstop = () => resolve()));
    const started = performance.now();
    recorder.start(250);
    await new Promise<void>((resolve) => {
      const draw = () => {
        const elapsed = performance.now() - started;
        context.fillStyle = "#0b2545";
        context.fillRect(0, 0, canvas.width, canvas.height);
        context.fillStyle = "#f4a261";
        context.fillRect((elapsed / durationMs) * (canvas.width - 20), 35, 20, 20);
        if (elapsed < durationMs) requestAnimationFrame(draw);
        else resolve();
      };
      draw();
    });
    recorder.stop();
    await stopped;
    const bytes = new Uint8Array(await new Blob(chunks, { type: "video/webm" }).arrayBuffer());
    let binary = "";
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  }, seconds * 1000);
  return Buffer.from(base64, "base64");
}
