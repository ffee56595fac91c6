import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { LocalDiskStorage } from "@/lib/server/storage/local-disk-storage";
import { MediaNotFoundError, type MediaStorage } from "@/lib/server/storage/media-storage";
import { storageKeyFor } from "@/lib/server/storage/storage-key";

const ID = "019ad2f0-1111-7000-8000-00000000abcd";
const KEY = storageKeyFor(ID);

let root: string;
let storage: MediaStorage;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "kaushal-media-"));
  storage = new LocalDiskStorage(root);
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe("LocalDiskStorage", () => {
  test("stores a stream under a key sharded by the id and reads it back whole or by range", async () => {
    const { sizeBytes } = await storage.put(KEY, Readable.from([Buffer.from("0123456789"), Buffer.from("abcdef")]), { contentType: "text/plain" });
    expect(sizeBytes).toBe(16);
    expect(KEY).toBe(`media/cd/ab/${ID}`);
    expect(await readFile(path.join(root, "media", "cd", "ab", ID), "utf8")).toBe("0123456789abcdef");
    expect(await storage.stat(KEY)).toEqual({ sizeBytes: 16 });
    expect(await text(await storage.get(KEY))).toBe("0123456789abcdef");
    expect(await text(await storage.get(KEY, { start: 3, end: 5 }))).toBe("345");
    expect(await text(await storage.get(KEY, { start: 15, end: 15 }))).toBe("f");
  });

  test("a stream that fails midway leaves neither the object nor a temporary file", async () => {
    async function* failing() {
      yield Buffer.from("partial");
      throw new Error("connection reset");
    }
    await expect(storage.put(KEY, Readable.from(failing()), { contentType: "text/plain" })).rejects.toThrow("connection reset");
    expect(await storage.stat(KEY)).toBeNull();
    expect(await readdir(path.join(root, ".tmp"))).toEqual([]);
  });

  test("missing objects: stat is null, get rejects as not found, delete is quiet", async () => {
    expect(await storage.stat(KEY)).toBeNull();
    await expect(storage.get(KEY)).rejects.toBeInstanceOf(MediaNotFoundError);
    await expect(storage.delete(KEY)).resolves.toBeUndefined();
  });

  test("delete removes the object", async () => {
    await storage.put(KEY, Readable.from([Buffer.from("x")]), { contentType: "text/plain" });
    await storage.delete(KEY);
    expect(await storage.stat(KEY)).toBeNull();
  });

  // Keys never come from user input; a key that is not one of ours must not reach the filesystem.
  test.each(["../../etc/passwd", "media/aa/bb/../../../x", "/etc/passwd", "media/aa/bb/report.pdf"])("refuses the key %j", async (key) => {
    await expect(storage.stat(key)).rejects.toThrow("Not a media storage key");
    await expect(storage.put(key, Readable.from([Buffer.from("x")]), { contentType: "text/plain" })).rejects.toThrow("Not a media storage key");
  });

  test("storageKeyFor refuses anything but a UUID", () => {
    expect(() => storageKeyFor("../x")).toThrow();
  });
});
