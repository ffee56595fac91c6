import "server-only";
import busboy from "busboy";
import { Readable } from "node:stream";
import type { ReadableStream as NodeWebReadableStream } from "node:stream/web";
import { isMediaKind, LARGEST_UPLOAD_BYTES, type MediaKindName, UploadRefusedError } from "@/lib/domain/studio/upload-rules";

export type ReceivedFile = {
  /** The kind when the form sent it before the file; null when it comes after. */
  kind: MediaKindName | null;
  /** The kind, once the whole form has been read (refused when missing or unknown). */
  finalKind: () => Promise<MediaKindName>;
  providerId: string | undefined;
  file: Readable;
  fileName: string;
};

// Room for the form's other fields and the multipart boundaries around the file.
const ENVELOPE_BYTES = 64 * 1024;

const UNKNOWN_KIND = "Say what kind of file this is: VIDEO, PDF or IMAGE.";

/**
 * Parses a multipart upload (fields `kind`, optional `providerId`, and `file`) as it arrives,
 * handing the file to `handle` as a stream: nothing is buffered whole. Sending `kind` before the
 * file (FormData keeps the order fields were added) lets its own limit and type be checked as the
 * file streams; after it, the file is checked once the form has been read.
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
    let formRead: (kind: string | undefined) => void = () => undefined;
    const kindAtEnd = new Promise<string | undefined>((settle) => {
      formRead = settle;
    });
    const finalKind = async (): Promise<MediaKindName> => {
      const kind = await kindAtEnd;
      if (!isMediaKind(kind)) throw new UploadRefusedError("UPLOAD_BAD_REQUEST", UNKNOWN_KIND);
      return kind;
    };

    parser.on("field", (name, value) => {
      fields[name] = value;
    });
    parser.on("file", (name, file, info) => {
      if (name !== "file" || work) {
        file.resume();
        return;
      }
      const kind = fields.kind;
      if (kind !== undefined && !isMediaKind(kind)) {
        file.resume();
        work = Promise.reject(new UploadRefusedError("UPLOAD_BAD_REQUEST", UNKNOWN_KIND));
        work.catch(() => undefined);
        return;
      }
      work = handle({ kind: kind ?? null, finalKind, providerId: fields.providerId, file, fileName: info.filename ?? "" });
      work.catch(() => file.resume());
    });
    parser.on("error", (error) => {
      formRead(undefined);
      reject(error instanceof Error ? error : new Error(String(error)));
    });
    parser.on("close", () => {
      formRead(fields.kind);
      if (!work) reject(new UploadRefusedError("UPLOAD_NO_FILE", "Choose a file to upload."));
      else work.then(resolve, reject);
    });

    const source = Readable.fromWeb(request.body as NodeWebReadableStream<Uint8Array>);
    source.on("error", (error) => parser.destroy(error));
    source.pipe(parser);
  });
}
