import { expect, test } from "vitest";
import { inlineContentDisposition } from "@/lib/domain/studio/content-disposition";

test.each([
  ["Handbook.pdf", `inline; filename="Handbook.pdf"; filename*=UTF-8''Handbook.pdf`],
  ["नीति.pdf", `inline; filename=".pdf"; filename*=UTF-8''%E0%A4%A8%E0%A5%80%E0%A4%A4%E0%A4%BF.pdf`],
  ['a"; filename=evil.exe', `inline; filename="a filename=evil.exe"; filename*=UTF-8''a%22%3B%20filename%3Devil.exe`],
  ["café (final).mp4", `inline; filename="cafe (final).mp4"; filename*=UTF-8''caf%C3%A9%20%28final%29.mp4`],
  ["\r\nSet-Cookie: x", `inline; filename="Set-Cookie: x"; filename*=UTF-8''%0D%0ASet-Cookie%3A%20x`],
])("%j", (name, header) => {
  expect(inlineContentDisposition(name)).toBe(header);
});
