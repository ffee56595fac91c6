import "server-only";
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { countingStream } from "@/lib/server/storage/count-bytes";
import { type ByteRange, MediaNotFoundError, type MediaStorage } from "@/lib/server/storage/media-storage";
import { assertStorageKey } from "@/lib/server/storage/storage-key";

/**
 * Media on the local disk under `root`. A put writes to a temporary file in the same filesystem
 * and renames it into place, so a reader never sees half a file and a failed upload leaves only
 * a temporary file that is removed at once.
 */
export class LocalDiskStorage implements MediaStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  private pathOf(key: string): string {
    assertStorageKey(key);
    return path.join(this.root, ...key.split("/"));
  }

  async put(key: string, body: Readable): Promise<{ sizeBytes: number }> {
    const target = this.pathOf(key);
    const tempDir = path.join(this.root, ".tmp");
    await Promise.all([mkdir(path.dirname(target), { recursive: true }), mkdir(tempDir, { recursive: true })]);
    const temp = path.join(tempDir, `${randomUUID()}.part`);
    const counter = countingStream();
    const file = createWriteStream(temp, { flags: "wx", mode: 0o640 });
    try {
      await pipeline(body, counter, file);
      await rename(temp, target);
    } catch (error) {
      // A body refused in its first bytes fails the pipeline while the file is still opening;
      // removing it before it closes would run first and leave the part file behind.
      if (!file.closed) await once(file, "close").catch(() => undefined);
      await rm(temp, { force: true });
      throw error;
    }
    return { sizeBytes: counter.bytes() };
  }

  async get(key: string, range?: ByteRange): Promise<Readable> {
    const file = this.pathOf(key);
    if (!(await this.stat(key))) throw new MediaNotFoundError(key);
    return createReadStream(file, range ? { start: range.start, end: range.end } : {});
  }

  async stat(key: string): Promise<{ sizeBytes: number } | null> {
    try {
      const info = await stat(this.pathOf(key));
      return info.isFile() ? { sizeBytes: info.size } : null;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
