import { describe, expect, test } from "vitest";
import { placedMediaFile } from "./placed-media";

describe("placedMediaFile", () => {
  test.each([
    ["/media/videos/course-orientation.webm", { relativePath: "media/videos/course-orientation.webm", fileName: "course-orientation.webm" }],
    ["/media/documents/rti-act-ready-reckoner.pdf", { relativePath: "media/documents/rti-act-ready-reckoner.pdf", fileName: "rti-act-ready-reckoner.pdf" }],
  ])("takes the app's own file %s", (mediaPath, expected) => {
    expect(placedMediaFile(mediaPath)).toEqual(expected);
  });

  test.each([
    ["an upload's address", "/media/0190a3c4-0000-7000-8000-000000000001"],
    ["a climb out of the folder", "/media/videos/../../../etc/passwd"],
    ["an encoded climb", "/media/videos/..%2F..%2Fsecret.pdf"],
    ["a nested folder", "/media/videos/a/b.webm"],
    ["another folder", "/media/private/report.pdf"],
    ["a hidden file", "/media/videos/.env"],
    ["a name without an extension", "/media/videos/intro"],
    ["an outside URL", "https://example.com/media/videos/intro.webm"],
    ["nothing", null],
  ])("refuses %s", (_label, mediaPath) => {
    expect(placedMediaFile(mediaPath)).toBeNull();
  });
});
