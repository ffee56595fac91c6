// The keyset of the officials list: the last row's (name, id). Opaque in the URL, and anything
// that does not decode to that shape starts from the beginning rather than failing.

export type OfficialsCursor = { name: string; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeOfficialsCursor(cursor: OfficialsCursor): string {
  return Buffer.from(JSON.stringify([cursor.name, cursor.id]), "utf8").toString("base64url");
}

export function decodeOfficialsCursor(raw: string | null | undefined): OfficialsCursor | null {
  if (!raw || raw.length > 1000) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [name, id] = value as unknown[];
    if (typeof name !== "string" || typeof id !== "string" || !UUID.test(id)) return null;
    return { name, id };
  } catch {
    return null;
  }
}
