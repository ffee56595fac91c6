import "server-only";
import busboy from "busboy";
import { Readable } from "node:stream";
import type { ReadableStream as NodeWebReadableStream } from "node:stream/web";
import { isMediaKind, LARGEST_UPLOAD_BYTES, type MediaKindName, UploadRefusedError } from "@/lib/domain/studio/upload-rules";

export type ReceivedFile = { kind: MediaKindName; providerId: string | undefined; file: Readable; fileName: string };

// Room for the form's other fields and the multipart boundaries around the file.
const ENVELOPE_BYTES = 64 * 1024;

/**
 * Parses a multipart upload (fields `kind`, optional `providerId`, then `file`) as it arrives,
 * handing the file to `handle` as a stream: nothing is buffered whole. `kind` must come before
 * the file, since the file's limits depend on it (FormData keeps the order fields were added).
 */
export async function receiveMultipartUpload<T>(request: Request, handle: (received: ReceivedFile) => Promise<T>): Promise<T> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data") || !request.body) {
    throw new UploadRefusedError("UPLOAD_BAD_REQUEST", "Send the file as multipart/form-data with the fields kind and file.");
  }
  const declaredLength = Number(request.headers.get("content-length") ?? NaN);
  if (declaredLength > LARGEST_UPLOAD_BYTES + ENVELOPE_BYTES) {
    throw new UploadRefusedError("UPLOAD_TOO_LARGE", "This file is larger than any upload allowed (500 MB for a video).");
  }

  const parser = busboy({
    headers: { "content-type": contentType },
    defParamCharset: "utf8",
    // Past this busboy only drops bytes: a client that sends forever is read, never stored.
    limits: { files: 1, fields: 5, fieldSize: 1024, parts: 8, fileSize: LARGEST_UPLOAD_BYTES + 1 },
  });

  return new Promise<T>((resolve, reject) => {
    const fields: Record<string, string> = {};
    let work: Promise<T> | null = null;

    parser.on("field", (name, value) => {
      fields[name] = value;
    });
    parser.on("file", (name, file, info) => {
      if (name !== "file" || work) {
        file.resume();
        return;
      }
      const kind = fields.kind;
      if (!isMediaKind(kind)) {
        file.resume();
        work = Promise.reject(new UploadRefusedError("UPLOAD_BAD_REQUEST", "Say what kind of file this is (VIDEO, PDF or IMAGE) before the file itself."));
        work.catch(() => undefined);
        return;
      }
      work = handle({ kind, providerId: fields.providerId, file, fileName: info.filename ?? "" });
      work.catch(() => file.resume());
    });
    parser.on("error", (error) => reject(error instanceof Error ? error : new Error(String(error))));
    parser.on("close", () => {
      if (!work) reject(new UploadRefusedError("UPLOAD_NO_FILE", "Choose a file to upload."));
      else work.then(resolve, reject);
    });

    const source = Readable.fromWeb(request.body as NodeWebReadableStream<Uint8Array>);
    source.on("error", (error) => parser.destroy(error));
    source.pipe(parser);
  });
}
