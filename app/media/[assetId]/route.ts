import { Readable } from "node:stream";
import { contentRange, decideRange } from "@/lib/domain/studio/byte-range";
import { inlineContentDisposition } from "@/lib/domain/studio/content-disposition";
import { getCurrentUser } from "@/lib/server/auth/session";
import { mediaStorage } from "@/lib/server/storage/media-storage-from-env";
import { findMediaForViewer } from "@/lib/server/studio/media/find-media-for-viewer";

// Uploaded media, streamed from storage with byte ranges so a video seeks without downloading
// what comes before. Anyone who may not see an asset, signed in or not, gets the same 404.
export async function GET(request: Request, { params }: { params: Promise<{ assetId: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  const asset = user ? await findMediaForViewer(user, (await params).assetId) : null;
  if (!asset) return new Response("Not found", { status: 404, headers: { "Cache-Control": "private, no-store", "Content-Type": "text/plain; charset=utf-8" } });

  const etag = `"${asset.sha256}"`;
  const headers = new Headers({
    "Accept-Ranges": "bytes",
    "Cache-Control": "private, max-age=3600",
    "Content-Disposition": inlineContentDisposition(asset.originalName),
    "Content-Type": asset.mimeType,
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
  });
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });

  // A Range that names an older version of the file (If-Range) gets the whole current one.
  const ifRange = request.headers.get("if-range");
  const range = decideRange(ifRange && ifRange !== etag ? null : request.headers.get("range"), asset.sizeBytes);
  const rangeHeader = contentRange(range, asset.sizeBytes);
  if (rangeHeader) headers.set("Content-Range", rangeHeader);
  if (range.kind === "unsatisfiable") return new Response(null, { status: 416, headers });

  const partial = range.kind === "partial";
  headers.set("Content-Length", String(partial ? range.end - range.start + 1 : asset.sizeBytes));
  if (request.method === "HEAD") return new Response(null, { status: partial ? 206 : 200, headers });
  const body = await mediaStorage().get(asset.storageKey, partial ? { start: range.start, end: range.end } : undefined);
  return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, { status: partial ? 206 : 200, headers });
}
