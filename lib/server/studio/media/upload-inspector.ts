import "server-only";
import { createHash, type Hash } from "node:crypto";
import { Transform, type TransformCallback } from "node:stream";
import { judgeUpload, type MediaKindName, SNIFF_BYTES, tooLargeRefusal, UPLOAD_LIMITS, UploadRefusedError } from "@/lib/domain/studio/upload-rules";

export type InspectedUpload = { mimeType: string; sizeBytes: number; sha256: string };

/**
 * Sits between the request and storage. Holds back the first SNIFF_BYTES until the upload rules
 * have judged them (so refused content never reaches storage), hashes everything, and fails with
 * an UploadRefusedError the moment the running total passes the kind's limit: an oversize file
 * is cut off there, not after it has been written out whole.
 */
export class UploadInspector extends Transform {
  private readonly kind: MediaKindName;
  private readonly name: string;
  private readonly maxBytes: number;
  private readonly hash: Hash = createHash("sha256");
  private head: Buffer[] = [];
  private headBytes = 0;
  private total = 0;
  private mimeType: string | null = null;

  constructor(options: { kind: MediaKindName; name: string; maxBytes?: number }) {
    super();
    this.kind = options.kind;
    this.name = options.name;
    this.maxBytes = options.maxBytes ?? UPLOAD_LIMITS[options.kind].maxBytes;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.total += chunk.length;
    if (this.total > this.maxBytes) return callback(tooLargeRefusal(this.kind, this.name, this.maxBytes));
    this.hash.update(chunk);
    if (this.mimeType) return callback(null, chunk);
    this.head.push(chunk);
    this.headBytes += chunk.length;
    if (this.headBytes < SNIFF_BYTES) return callback();
    this.judgeHead().then(() => callback(), callback);
  }

  override _flush(callback: TransformCallback): void {
    if (this.mimeType) return callback();
    this.judgeHead().then(() => callback(), callback);
  }

  private async judgeHead(): Promise<void> {
    const head = Buffer.concat(this.head);
    this.head = [];
    const verdict = await judgeUpload(this.kind, head, this.name);
    if (!verdict.ok) throw new UploadRefusedError(verdict.code, verdict.message);
    this.mimeType = verdict.mimeType;
    this.push(head);
  }

  /** What was inspected; only meaningful once the stream has finished without error. */
  result(): InspectedUpload {
    if (!this.mimeType) throw new Error("The upload has not been inspected yet");
    return { mimeType: this.mimeType, sizeBytes: this.total, sha256: this.hash.digest("hex") };
  }
}
