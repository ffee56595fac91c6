import "server-only";
import { createHash, type Hash } from "node:crypto";
import { Transform, type TransformCallback } from "node:stream";
import {
  judgeUpload,
  LARGEST_UPLOAD_BYTES,
  type MediaKindName,
  SNIFF_BYTES,
  tooLargeRefusal,
  UPLOAD_LIMITS,
  UploadRefusedError,
} from "@/lib/domain/studio/upload-rules";

export type InspectedUpload = { mimeType: string; sizeBytes: number; sha256: string };

/**
 * Sits between the request and storage. Hashes everything and fails with an UploadRefusedError
 * the moment the running total passes the limit, so an oversize file is cut off there, not after
 * it has been written out whole.
 *
 * When the kind is known as the file starts (the form sent `kind` first), the first SNIFF_BYTES
 * are held back until the upload rules have judged them, so refused content never reaches
 * storage. When it is not (the form put `file` first), bytes flow on under the largest limit and
 * `verdict(kind)` judges a copy of the first bytes once the kind has arrived; the caller then
 * deletes what was stored if it is refused.
 */
export class UploadInspector extends Transform {
  private readonly kind: MediaKindName | null;
  private readonly name: string;
  private readonly maxBytes: number;
  private readonly hash: Hash = createHash("sha256");
  private head: Buffer[] = [];
  private headBytes = 0;
  private total = 0;
  private mimeType: string | null = null;

  constructor(options: { kind: MediaKindName | null; name: string; maxBytes?: number }) {
    super();
    this.kind = options.kind;
    this.name = options.name;
    this.maxBytes = options.maxBytes ?? (options.kind ? UPLOAD_LIMITS[options.kind].maxBytes : LARGEST_UPLOAD_BYTES);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.total += chunk.length;
    if (this.total > this.maxBytes) return callback(tooLargeRefusal(this.kind ?? "VIDEO", this.name, this.maxBytes));
    this.hash.update(chunk);
    if (this.mimeType) return callback(null, chunk);
    if (this.headBytes < SNIFF_BYTES) {
      const part = this.kind ? chunk : Buffer.from(chunk.subarray(0, SNIFF_BYTES - this.headBytes));
      this.head.push(part);
      this.headBytes += part.length;
    }
    if (!this.kind) return callback(null, chunk);
    if (this.headBytes < SNIFF_BYTES) return callback();
    this.judgeHead(this.kind).then(() => callback(), callback);
  }

  override _flush(callback: TransformCallback): void {
    if (this.mimeType || !this.kind) return callback();
    this.judgeHead(this.kind).then(() => callback(), callback);
  }

  private async judgeHead(kind: MediaKindName): Promise<void> {
    const head = Buffer.concat(this.head);
    this.head = [];
    const verdict = await judgeUpload(kind, head, this.name);
    if (!verdict.ok) throw new UploadRefusedError(verdict.code, verdict.message);
    this.mimeType = verdict.mimeType;
    // Held back only when judged in the stream; otherwise these bytes have already gone on.
    if (this.kind) this.push(head);
  }

  /** What was inspected, once the stream has finished; refuses a file judged only now. */
  async verdict(kind: MediaKindName): Promise<InspectedUpload> {
    if (this.kind && kind !== this.kind) throw new Error("The upload was inspected as another kind");
    if (!this.mimeType) {
      if (this.total > UPLOAD_LIMITS[kind].maxBytes) throw tooLargeRefusal(kind, this.name);
      await this.judgeHead(kind);
    }
    return { mimeType: this.mimeType ?? "", sizeBytes: this.total, sha256: this.hash.digest("hex") };
  }
}
