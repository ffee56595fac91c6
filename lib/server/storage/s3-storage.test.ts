// The S3 adapter against a tiny local HTTP stub of the S3 API: checks the requests it builds
// (path-style URL, Range header, content type) and how it reads answers, with no cloud account.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { afterAll, beforeAll, expect, test } from "vitest";
import { MediaNotFoundError } from "@/lib/server/storage/media-storage";
import { S3Storage } from "@/lib/server/storage/s3-storage";
import { storageKeyFor } from "@/lib/server/storage/storage-key";

type Seen = { method: string; url: string; range?: string; contentType?: string };
const objects = new Map<string, Buffer>();
const seen: Seen[] = [];
let server: Server;
let storage: S3Storage;

async function body(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://stub");
    seen.push({ method: request.method ?? "", url: url.pathname, range: request.headers.range, contentType: request.headers["content-type"] });
    const stored = objects.get(url.pathname);
    if (request.method === "PUT") {
      // The SDK may send aws-chunked bodies; the stub keeps the decoded length header's worth.
      const raw = await body(request);
      const decodedLength = Number(request.headers["x-amz-decoded-content-length"] ?? raw.length);
      objects.set(url.pathname, request.headers["content-encoding"]?.includes("aws-chunked") ? decodeAwsChunked(raw, decodedLength) : raw);
      response.writeHead(200, { ETag: '"stub"' }).end();
      return;
    }
    if (request.method === "DELETE") {
      objects.delete(url.pathname);
      response.writeHead(204).end();
      return;
    }
    if (!stored) {
      response.writeHead(404, { "Content-Type": "application/xml" });
      response.end(request.method === "HEAD" ? undefined : "<Error><Code>NoSuchKey</Code><Message>gone</Message></Error>");
      return;
    }
    const match = /^bytes=(\d+)-(\d+)$/.exec(request.headers.range ?? "");
    const slice = match ? stored.subarray(Number(match[1]), Number(match[2]) + 1) : stored;
    response.writeHead(match ? 206 : 200, { "Content-Length": String(slice.length), "Content-Type": "application/octet-stream" });
    response.end(request.method === "HEAD" ? undefined : slice);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  storage = new S3Storage({
    bucket: "kaushal-media",
    client: {
      region: "ap-south-1",
      endpoint: `http://127.0.0.1:${port}`,
      forcePathStyle: true,
      credentials: { accessKeyId: "test", secretAccessKey: "test" },
    },
  });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function decodeAwsChunked(raw: Buffer, length: number): Buffer {
  const parts: Buffer[] = [];
  let offset = 0;
  while (offset < raw.length) {
    const lineEnd = raw.indexOf("\r\n", offset);
    const size = parseInt(raw.subarray(offset, lineEnd).toString("latin1").split(";")[0] ?? "0", 16);
    if (!size) break;
    parts.push(raw.subarray(lineEnd + 2, lineEnd + 2 + size));
    offset = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts).subarray(0, length);
}

const KEY = storageKeyFor("019ad2f0-2222-7000-8000-000000001234");

test("put, stat, ranged get and delete build path-style requests on the bucket", async () => {
  const { sizeBytes } = await storage.put(KEY, Readable.from([Buffer.from("%PDF-1.7 hello world")]), { contentType: "application/pdf" });
  expect(sizeBytes).toBe(20);
  const put = seen.find((request) => request.method === "PUT");
  expect(put).toMatchObject({ url: `/kaushal-media/${KEY}`, contentType: "application/pdf" });

  expect(await storage.stat(KEY)).toEqual({ sizeBytes: 20 });
  expect(await text(await storage.get(KEY, { start: 9, end: 13 }))).toBe("hello");
  expect(seen.at(-1)).toMatchObject({ method: "GET", url: `/kaushal-media/${KEY}`, range: "bytes=9-13" });
  expect(await text(await storage.get(KEY))).toBe("%PDF-1.7 hello world");

  await storage.delete(KEY);
  expect(await storage.stat(KEY)).toBeNull();
  await expect(storage.get(KEY)).rejects.toBeInstanceOf(MediaNotFoundError);
});
