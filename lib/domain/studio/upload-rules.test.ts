import { describe, expect, test } from "vitest";
import { cleanOriginalName, judgeUpload, type MediaKindName, UPLOAD_LIMITS } from "@/lib/domain/studio/upload-rules";
import { exeBytes, gzipBombBytes, jpegBytes, mp4Bytes, pdfBytes, pngBytes, svgWithScriptBytes, webmBytes, zipBytes } from "@/tests/support/sample-files";

describe("judgeUpload accepts what the bytes say is allowed", () => {
  test.each<[MediaKindName, string, Buffer, string]>([
    ["PDF", "handbook.pdf", pdfBytes(), "application/pdf"],
    ["VIDEO", "lecture.mp4", mp4Bytes(), "video/mp4"],
    ["VIDEO", "lecture.webm", webmBytes(), "video/webm"],
    ["IMAGE", "cover.png", pngBytes(1280, 720), "image/png"],
    ["IMAGE", "cover.jpg", jpegBytes(1600, 900), "image/jpeg"],
    // The name is not evidence either way: a real PDF called .png is still a PDF.
    ["PDF", "scan.png", pdfBytes(), "application/pdf"],
  ])("%s %s", async (kind, name, bytes, mimeType) => {
    expect(await judgeUpload(kind, bytes, name)).toEqual({ ok: true, mimeType, extension: expect.any(String) });
  });
});

describe("judgeUpload refuses with a message naming what the file is", () => {
  test.each<[MediaKindName, string, Buffer, string, RegExp]>([
    ["PDF", "report.pdf", zipBytes(), "UPLOAD_ARCHIVE_REFUSED", /really a ZIP archive, not a PDF/],
    ["PDF", "report.pdf", exeBytes(), "UPLOAD_TYPE_NOT_ALLOWED", /really a Windows program \(EXE\), not a PDF/],
    ["VIDEO", "talk.mp4", gzipBombBytes(), "UPLOAD_ARCHIVE_REFUSED", /really a gzip archive/],
    ["IMAGE", "logo.svg", svgWithScriptBytes(), "UPLOAD_SVG_REFUSED", /SVG files can carry scripts/],
    ["IMAGE", "photo.png", pdfBytes(), "UPLOAD_TYPE_NOT_ALLOWED", /really a PDF document, not a PNG, JPEG or WebP image/],
    ["VIDEO", "clip.mp4", pngBytes(10, 10), "UPLOAD_TYPE_NOT_ALLOWED", /really a PNG image, not an MP4 or WebM video/],
    ["PDF", "notes.pdf", Buffer.from("just some text\n"), "UPLOAD_TYPE_NOT_ALLOWED", /not a recognised file type/],
    ["PDF", "empty.pdf", Buffer.alloc(0), "UPLOAD_EMPTY", /is empty/],
    // A decompression bomb: a few bytes of header promising ten gigapixels.
    ["IMAGE", "huge.png", pngBytes(100_000, 100_000), "UPLOAD_IMAGE_TOO_MANY_PIXELS", /100000 × 100000 pixels; images may have at most 40 megapixels/],
    ["IMAGE", "huge.jpg", jpegBytes(10_000, 5_000), "UPLOAD_IMAGE_TOO_MANY_PIXELS", /at most 40 megapixels/],
  ])("%s %s → %s", async (kind, name, bytes, code, message) => {
    const verdict = await judgeUpload(kind, bytes, name);
    expect(verdict).toMatchObject({ ok: false, code });
    if (!verdict.ok) expect(verdict.message).toMatch(message);
  });

  test("an image at the pixel limit is accepted, one row more is not", async () => {
    expect((await judgeUpload("IMAGE", pngBytes(8_000, 5_000), "a.png")).ok).toBe(true);
    expect((await judgeUpload("IMAGE", pngBytes(8_000, 5_001), "a.png")).ok).toBe(false);
  });
});

test("the limits are stated in the labels the form shows", () => {
  expect(UPLOAD_LIMITS.VIDEO.label).toContain("500 MB");
  expect(UPLOAD_LIMITS.PDF.label).toContain("50 MB");
  expect(UPLOAD_LIMITS.IMAGE.label).toContain("5 MB");
  expect(UPLOAD_LIMITS.VIDEO.maxBytes).toBeGreaterThan(UPLOAD_LIMITS.PDF.maxBytes);
});

test.each([
  ["C:\\Users\\me\\Desktop\\Notes.pdf", "Notes.pdf"],
  ["../../etc/passwd", "passwd"],
  ['a"b<c>.pdf', "abc.pdf"],
  ["line\nbreak.pdf", "linebreak.pdf"],
  ["   ", "upload"],
  ["...hidden", "hidden"],
  [undefined, "upload"],
  [`${"x".repeat(300)}.pdf`, `${"x".repeat(196)}.pdf`],
])("cleanOriginalName(%j) = %j", (input, expected) => {
  expect(cleanOriginalName(input)).toBe(expected);
});
