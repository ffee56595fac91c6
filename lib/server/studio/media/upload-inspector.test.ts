import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { pipeline } from "node:stream/promises";
import { describe, expect, test } from "vitest";
import { UploadRefusedError } from "@/lib/domain/studio/upload-rules";
import { UploadInspector } from "@/lib/server/studio/media/upload-inspector";
import { mp4Bytes, pdfBytes, zipBytes } from "@/tests/support/sample-files";

function chunked(bytes: Buffer, size: number): Readable {
  const chunks: Buffer[] = [];
  for (let offset = 0; offset < bytes.length; offset += size) chunks.push(bytes.subarray(offset, offset + size));
  return Readable.from(chunks);
}

test("passes an allowed file through unchanged, with its type, size and sha256", async () => {
  const video = mp4Bytes(1_500_000);
  const inspector = new UploadInspector({ kind: "VIDEO", name: "talk.mp4" });
  const [out] = await Promise.all([buffer(inspector), pipeline(chunked(video, 64 * 1024), inspector)]);
  expect(out.equals(video)).toBe(true);
  expect(await inspector.verdict("VIDEO")).toEqual({ mimeType: "video/mp4", sizeBytes: video.length, sha256: createHash("sha256").update(video).digest("hex") });
});

test("a small file is judged when it ends", async () => {
  const inspector = new UploadInspector({ kind: "PDF", name: "a.pdf" });
  const [out] = await Promise.all([buffer(inspector), pipeline(Readable.from([pdfBytes()]), inspector)]);
  expect(out.equals(pdfBytes())).toBe(true);
  expect((await inspector.verdict("PDF")).mimeType).toBe("application/pdf");
});

test("refused content never leaves the inspector", async () => {
  const inspector = new UploadInspector({ kind: "PDF", name: "report.pdf" });
  const received: Buffer[] = [];
  inspector.on("data", (chunk: Buffer) => received.push(chunk));
  await expect(pipeline(Readable.from([zipBytes()]), inspector)).rejects.toMatchObject({ code: "UPLOAD_ARCHIVE_REFUSED" });
  expect(received).toEqual([]);
});

// An endless stream: the inspector must fail once the limit is passed, not wait for the end.
test("an oversize stream is cut off as soon as it passes the limit", async () => {
  let produced = 0;
  const endless = new Readable({
    read() {
      produced += 64 * 1024;
      this.push(produced === 64 * 1024 ? Buffer.concat([pdfBytes(), Buffer.alloc(64 * 1024 - pdfBytes().length)]) : Buffer.alloc(64 * 1024));
    },
  });
  const inspector = new UploadInspector({ kind: "PDF", name: "big.pdf", maxBytes: 1024 * 1024 });
  inspector.resume();
  const failure = await pipeline(endless, inspector).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(UploadRefusedError);
  expect((failure as UploadRefusedError).code).toBe("UPLOAD_TOO_LARGE");
  expect((failure as UploadRefusedError).message).toMatch(/larger than 1 MB, the limit for a PDF/);
  expect(produced).toBeLessThan(2 * 1024 * 1024);
});

describe("when the kind arrives after the file", () => {
  test("bytes flow on at once and are judged at the end", async () => {
    const video = mp4Bytes(700_000);
    const inspector = new UploadInspector({ kind: null, name: "talk.mp4" });
    const [out] = await Promise.all([buffer(inspector), pipeline(chunked(video, 64 * 1024), inspector)]);
    expect(out.equals(video)).toBe(true);
    expect(await inspector.verdict("VIDEO")).toEqual({ mimeType: "video/mp4", sizeBytes: video.length, sha256: createHash("sha256").update(video).digest("hex") });
  });

  test.each([
    ["PDF", zipBytes(), "UPLOAD_ARCHIVE_REFUSED"],
    ["IMAGE", Buffer.concat([pdfBytes(), Buffer.alloc(6 * 1024 * 1024)]), "UPLOAD_TOO_LARGE"],
  ] as const)("a %s that breaks the rules is refused by the verdict", async (kind, bytes, code) => {
    const inspector = new UploadInspector({ kind: null, name: "late.bin" });
    inspector.resume();
    await pipeline(chunked(bytes, 64 * 1024), inspector);
    await expect(inspector.verdict(kind)).rejects.toMatchObject({ code });
  });
});
