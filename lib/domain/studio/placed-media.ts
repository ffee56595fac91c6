// Lessons written by the seed (and courses loaded before uploads existed) point at a file the app
// ships under public/ — `/media/videos/…`, `/media/documents/…` — with no MediaAsset behind it.
// Only those two folders, and only plain file names, are taken for such a file: the path comes
// from the database, but it still must never name anything else on the server's disk.

const PLACED_MEDIA_PATH = /^\/media\/(videos|documents)\/([A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9]+)+)$/;

/** The file's path relative to public/ (e.g. `media/videos/intro.webm`), or null if it is not one. */
export function placedMediaFile(mediaPath: string | null | undefined): { relativePath: string; fileName: string } | null {
  const match = PLACED_MEDIA_PATH.exec(mediaPath ?? "");
  if (!match?.[1] || !match[2]) return null;
  return { relativePath: `media/${match[1]}/${match[2]}`, fileName: match[2] };
}
