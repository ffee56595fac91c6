import "server-only";
import type { Readable } from "node:stream";
import { assertCan, hasRole } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import { mediaHref } from "@/lib/domain/routes";
import { cleanOriginalName, type MediaKindName, UploadRefusedError } from "@/lib/domain/studio/upload-rules";
import { providerIdsOf } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { newId } from "@/lib/server/factories/new-id";
import { mediaStorage } from "@/lib/server/storage/media-storage-from-env";
import { storageKeyFor } from "@/lib/server/storage/storage-key";
import { UploadInspector } from "@/lib/server/studio/media/upload-inspector";

/** What the upload route answers with (the contract of POST /studio/media). */
export type UploadedMediaAsset = {
  id: string;
  kind: MediaKindName;
  mimeType: string;
  sizeBytes: number;
  originalName: string;
  url: string;
};

export type StoreUploadInput = {
  /** Known as the file starts, or null when the form sends it after the file. */
  kind: MediaKindName | null;
  /** The kind once the whole request has been read. */
  finalKind: () => Promise<MediaKindName>;
  file: Readable;
  fileName: string;
  /** Needed only by someone who authors for several providers (or a super admin). */
  providerId?: string | undefined;
};

/**
 * Streams one uploaded file through the upload rules into storage and records it as a
 * MediaAsset of the author's provider. On any refusal or failure nothing is kept: the stored
 * bytes are deleted and no row is written.
 */
export async function storeUpload(user: CurrentUser, input: StoreUploadInput): Promise<UploadedMediaAsset> {
  assertCan(user, "course:author");
  const providerId = await uploadProviderId(user, input.providerId);
  const originalName = cleanOriginalName(input.fileName);

  const id = newId();
  const storageKey = storageKeyFor(id);
  const storage = mediaStorage();
  const inspector = new UploadInspector({ kind: input.kind, name: originalName });
  // On a refusal the rest of the file is read and dropped, so the multipart parser can finish
  // and the author gets an answer instead of a reset connection.
  inspector.once("error", () => {
    input.file.unpipe(inspector);
    input.file.resume();
  });
  input.file.once("error", (error) => inspector.destroy(error));
  input.file.pipe(inspector);

  try {
    // The stored object's own content type does not matter: /media/<id> serves the detected one.
    const stored = await storage.put(storageKey, inspector, { contentType: "application/octet-stream" });
    const kind = input.kind ?? (await input.finalKind());
    const inspected = await inspector.verdict(kind);
    if (stored.sizeBytes !== inspected.sizeBytes) throw new Error(`Stored ${stored.sizeBytes} bytes of ${inspected.sizeBytes}`);
    await db.mediaAsset.create({
      data: {
        id,
        providerId,
        kind,
        mimeType: inspected.mimeType,
        sizeBytes: BigInt(inspected.sizeBytes),
        sha256: inspected.sha256,
        storageKey,
        originalName,
        createdById: user.id,
      },
      select: { id: true },
    });
    return { id, kind, mimeType: inspected.mimeType, sizeBytes: inspected.sizeBytes, originalName, url: mediaHref(id) };
  } catch (error) {
    await storage.delete(storageKey).catch((cleanup: unknown) => console.error("[media] could not remove a refused upload", storageKey, cleanup));
    throw error;
  }
}

async function uploadProviderId(user: CurrentUser, requested: string | undefined): Promise<string> {
  const own = providerIdsOf(user);
  if (requested && own.includes(requested)) return requested;
  if (requested && hasRole(user, "SUPER_ADMIN")) {
    const provider = await db.provider.findUnique({ where: { id: requested }, select: { id: true } });
    if (provider) return provider.id;
  }
  if (!requested && own.length === 1 && own[0]) return own[0];
  throw new UploadRefusedError(
    "UPLOAD_NO_PROVIDER",
    own.length > 1 || hasRole(user, "SUPER_ADMIN") ? "Say which provider this file belongs to (providerId)." : "Only a training provider's authors can upload files.",
  );
}
