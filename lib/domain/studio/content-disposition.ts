// Content-Disposition for serving an upload inline under its original name. The name was cleaned
// at upload, but it is still the author's text: the plain `filename` gets an ASCII-only copy with
// quotes and backslashes removed, and `filename*` the exact name percent-encoded (RFC 6266/8187),
// so no name can break out of the header or inject another parameter.

export function inlineContentDisposition(name: string): string {
  const ascii = name
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/["\\;]/g, "")
    .trim();
  const fallback = ascii === "" ? "file" : ascii;
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `inline; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
