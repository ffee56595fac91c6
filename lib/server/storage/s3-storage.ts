import "server-only";
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, S3Client, type S3ClientConfig, S3ServiceException } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { Readable } from "node:stream";
import { countingStream } from "@/lib/server/storage/count-bytes";
import { type ByteRange, MediaNotFoundError, type MediaStorage } from "@/lib/server/storage/media-storage";
import { assertStorageKey } from "@/lib/server/storage/storage-key";

export type S3StorageOptions = {
  bucket: string;
  /** Everything else the client needs: region, endpoint, forcePathStyle; credentials come from the SDK's default chain unless given. */
  client: S3ClientConfig;
};

/**
 * Media in an S3-compatible bucket (AWS S3, MinIO, Ceph, an Indian cloud's object store). Puts
 * go through lib-storage's managed upload: a multipart upload in 8 MB parts for large files,
 * aborted on failure, and visible under its key only once complete.
 */
export class S3Storage implements MediaStorage {
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(options: S3StorageOptions) {
    this.client = new S3Client(options.client);
    this.bucket = options.bucket;
  }

  async put(key: string, body: Readable, options: { contentType: string }): Promise<{ sizeBytes: number }> {
    assertStorageKey(key);
    const counter = countingStream();
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: key, Body: body.pipe(counter), ContentType: options.contentType },
      partSize: 8 * 1024 * 1024,
      queueSize: 2,
      leavePartsOnError: false,
    });
    // A failing source must fail the upload (pipe() alone would leave it waiting).
    body.once("error", (error) => counter.destroy(error));
    await upload.done();
    return { sizeBytes: counter.bytes() };
  }

  async get(key: string, range?: ByteRange): Promise<Readable> {
    assertStorageKey(key);
    try {
      const result = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: key, Range: range ? `bytes=${range.start}-${range.end}` : undefined }),
      );
      if (!(result.Body instanceof Readable)) throw new Error("S3 returned no readable body");
      return result.Body;
    } catch (error) {
      if (isNotFound(error)) throw new MediaNotFoundError(key);
      throw error;
    }
  }

  async stat(key: string): Promise<{ sizeBytes: number } | null> {
    assertStorageKey(key);
    try {
      const result = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { sizeBytes: result.ContentLength ?? 0 };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }
}

function isNotFound(error: unknown): boolean {
  return error instanceof S3ServiceException && (error.name === "NoSuchKey" || error.name === "NotFound" || error.$metadata.httpStatusCode === 404);
}
