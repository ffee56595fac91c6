import "server-only";
import { env } from "@/lib/env";
import { LocalDiskStorage } from "@/lib/server/storage/local-disk-storage";
import type { MediaStorage } from "@/lib/server/storage/media-storage";
import { S3Storage } from "@/lib/server/storage/s3-storage";

const globalForStorage = globalThis as unknown as { kaushalMediaStorage?: MediaStorage };

/** The configured media storage: STORAGE_DRIVER=local (default, STORAGE_DIR) or s3 (S3_*). */
export function mediaStorage(): MediaStorage {
  globalForStorage.kaushalMediaStorage ??= createMediaStorage();
  return globalForStorage.kaushalMediaStorage;
}

function createMediaStorage(): MediaStorage {
  const config = env();
  if (config.STORAGE_DRIVER === "s3" && config.S3_BUCKET) {
    return new S3Storage({
      bucket: config.S3_BUCKET,
      client: { region: config.S3_REGION, endpoint: config.S3_ENDPOINT, forcePathStyle: config.S3_FORCE_PATH_STYLE },
    });
  }
  return new LocalDiskStorage(config.STORAGE_DIR);
}
