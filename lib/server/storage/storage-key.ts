import { z } from "zod";

const assetId = z.uuid();

/**
 * The storage key of an asset, from its id alone: `media/<2 hex>/<2 hex>/<id>`. The shards are
 * the id's last (random) characters, since a UUIDv7 starts with a timestamp and would put a
 * day's uploads in one folder. Never built from a file name, so no upload can choose its path.
 */
export function storageKeyFor(id: string): string {
  const parsed = assetId.parse(id).toLowerCase();
  return `media/${parsed.slice(-2)}/${parsed.slice(-4, -2)}/${parsed}`;
}

const KEY_PATTERN = /^media\/[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f-]{36}$/;

/** Storage drivers refuse anything else, so even a corrupted row cannot address ../ paths. */
export function assertStorageKey(key: string): void {
  if (!KEY_PATTERN.test(key)) throw new Error(`Not a media storage key: ${JSON.stringify(key)}`);
}
