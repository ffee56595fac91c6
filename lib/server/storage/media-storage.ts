import type { Readable } from "node:stream";

/** Inclusive byte offsets, as in an HTTP Range header. */
export type ByteRange = { start: number; end: number };

/**
 * Where uploaded media bytes live. Keys come from storageKeyFor(assetId) only, never from
 * anything a user sent. Implementations: LocalDiskStorage (default) and S3Storage.
 */
export type MediaStorage = {
  /**
   * Stores the stream under `key` and resolves with the bytes written. Nothing is visible under
   * the key until the whole stream has arrived; if the stream fails, nothing is left behind.
   */
  put(key: string, body: Readable, options: { contentType: string }): Promise<{ sizeBytes: number }>;
  /** The stored bytes (or the inclusive range of them); rejects with MediaNotFoundError. */
  get(key: string, range?: ByteRange): Promise<Readable>;
  /** Size of the stored object, or null when there is none. */
  stat(key: string): Promise<{ sizeBytes: number } | null>;
  /** Removes the object; removing what is not there is not an error. */
  delete(key: string): Promise<void>;
};

export class MediaNotFoundError extends Error {
  constructor(key: string) {
    super(`No stored media under ${key}`);
    this.name = "MediaNotFoundError";
  }
}
