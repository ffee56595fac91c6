import "server-only";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { placedMediaFile } from "@/lib/domain/studio/placed-media";
import { db } from "@/lib/server/db";
import { newId } from "@/lib/server/factories/new-id";
import { mediaStorage } from "@/lib/server/storage/media-storage-from-env";
import { storageKeyFor } from "@/lib/server/storage/storage-key";
import { UploadInspector } from "./upload-inspector";

type MediaLessonKind = "VIDEO" | "PDF";

/**
 * Gives the course's live VIDEO and PDF lessons that still play a file the app ships (placed by
 * the seed, before uploads existed) a MediaAsset of the course's provider holding the same bytes,
 * so a version document — which names media by asset id — can carry them. Without it, opening a
 * new version of such a course dropped the lesson's media and the author had to upload it again.
 *
 * The file goes through the same content checks and storage as an upload, once per provider:
 * an asset of the provider with the same bytes is reused. The live lessons keep their mediaPath,
 * so learners see no change until a version is published (which then serves /media/<id>).
 * Runs outside any transaction (it streams files); the lesson update only fills a mediaId that
 * is still empty, so a racing call changes nothing twice. Returns how many lessons it linked.
 */
export async function adoptPlacedMedia(input: { courseId: string; publicDir?: string }): Promise<number> {
  const publicDir = input.publicDir ?? path.join(process.cwd(), "public");
  const lessons = await db.lesson.findMany({
    where: { courseId: input.courseId, archivedAt: null, mediaId: null, mediaPath: { not: null }, type: { in: ["VIDEO", "PDF"] } },
    select: { id: true, type: true, mediaPath: true, course: { select: { providerId: true } } },
  });
  const groups = new Map<string, { kind: MediaLessonKind; mediaPath: string; providerId: string; lessonIds: string[] }>();
  for (const lesson of lessons) {
    if (!lesson.mediaPath || (lesson.type !== "VIDEO" && lesson.type !== "PDF")) continue;
    const key = `${lesson.type} ${lesson.mediaPath}`;
    const group = groups.get(key) ?? { kind: lesson.type, mediaPath: lesson.mediaPath, providerId: lesson.course.providerId, lessonIds: [] };
    group.lessonIds.push(lesson.id);
    groups.set(key, group);
  }

  let linked = 0;
  for (const group of groups.values()) {
    const file = placedMediaFile(group.mediaPath);
    if (!file) continue;
    const absolute = path.join(publicDir, file.relativePath);
    // A path that names no file (a deployment without the demo media) is left as it was.
    if (!(await stat(absolute).catch(() => null))?.isFile()) continue;
    const assetId = await assetForFile({ providerId: group.providerId, kind: group.kind, absolute, fileName: file.fileName });
    const updated = await db.lesson.updateMany({
      where: { id: { in: group.lessonIds }, mediaId: null, mediaPath: group.mediaPath },
      data: { mediaId: assetId },
    });
    linked += updated.count;
  }
  return linked;
}

async function assetForFile(input: { providerId: string; kind: MediaLessonKind; absolute: string; fileName: string }): Promise<string> {
  const sha256 = await hashFile(input.absolute);
  const existing = await db.mediaAsset.findFirst({
    where: { providerId: input.providerId, kind: input.kind, sha256 },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  if (existing) return existing.id;

  const id = newId();
  const storageKey = storageKeyFor(id);
  const storage = mediaStorage();
  const inspector = new UploadInspector({ kind: input.kind, name: input.fileName });
  const source = createReadStream(input.absolute);
  source.once("error", (error) => inspector.destroy(error));
  source.pipe(inspector);
  try {
    const stored = await storage.put(storageKey, inspector, { contentType: "application/octet-stream" });
    const inspected = await inspector.verdict(input.kind);
    if (stored.sizeBytes !== inspected.sizeBytes) throw new Error(`Stored ${stored.sizeBytes} bytes of ${inspected.sizeBytes}`);
    await db.mediaAsset.create({
      data: {
        id,
        providerId: input.providerId,
        kind: input.kind,
        mimeType: inspected.mimeType,
        sizeBytes: BigInt(inspected.sizeBytes),
        sha256: inspected.sha256,
        storageKey,
        originalName: input.fileName,
        createdById: null,
      },
      select: { id: true },
    });
    return id;
  } catch (error) {
    await storage.delete(storageKey).catch((cleanup: unknown) => console.error("[media] could not remove an unadopted file", storageKey, cleanup));
    throw error;
  }
}

async function hashFile(absolute: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(absolute)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}
