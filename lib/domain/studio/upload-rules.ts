// What an author may upload, decided from the file's own bytes, never from its name or the
// browser's Content-Type: both are the uploader's to choose. The upload route reads the first
// SNIFF_BYTES of the stream, asks `judgeUpload`, and only then lets the rest through to storage,
// counting against `UPLOAD_LIMITS[kind].maxBytes` as it goes so an oversize file is refused as
// soon as it passes the limit instead of after it has filled the disk.

import { fileTypeFromBuffer } from "file-type/core";
import { imageSize } from "image-size";

export const MEDIA_KINDS = ["VIDEO", "PDF", "IMAGE"] as const;
export type MediaKindName = (typeof MEDIA_KINDS)[number];

const MB = 1024 * 1024;

/** Images larger than this many pixels are refused: a small file can decode to gigabytes. */
export const MAX_IMAGE_PIXELS = 40_000_000;

export const UPLOAD_LIMITS: Record<MediaKindName, { maxBytes: number; accept: string; label: string }> = {
  VIDEO: { maxBytes: 500 * MB, accept: "video/mp4,video/webm,.mp4,.webm", label: "MP4 or WebM video, up to 500 MB" },
  PDF: { maxBytes: 50 * MB, accept: "application/pdf,.pdf", label: "PDF document, up to 50 MB" },
  IMAGE: {
    maxBytes: 5 * MB,
    accept: "image/png,image/jpeg,image/webp,.png,.jpg,.jpeg,.webp",
    label: "PNG, JPEG or WebP image, up to 5 MB and 40 megapixels",
  },
};

/** The largest limit of any kind: the cap while the kind is not yet known. */
export const LARGEST_UPLOAD_BYTES = Math.max(...MEDIA_KINDS.map((kind) => UPLOAD_LIMITS[kind].maxBytes));

/**
 * How much of the start of a file is read before deciding. file-type needs about 4 KB; a JPEG's
 * dimensions come after its EXIF and colour-profile segments (each up to 64 KB), hence more.
 */
export const SNIFF_BYTES = 512 * 1024;

/** Detected MIME types accepted per kind. */
const ALLOWED_MIME: Record<MediaKindName, readonly string[]> = {
  VIDEO: ["video/mp4", "video/webm"],
  PDF: ["application/pdf"],
  IMAGE: ["image/png", "image/jpeg", "image/webp"],
};

// Refused outright and never opened: an archive can expand to far more than it weighs (a zip bomb)
// and hides what it holds from every check here.
const ARCHIVE_EXTENSIONS = new Set(["zip", "gz", "bz2", "xz", "7z", "rar", "tar", "zst", "lz", "lz4", "lzh", "cab", "cpio", "ar", "Z", "arj", "br"]);

// Names an author will recognise, for the types a mislabelled file most often turns out to be.
const FRIENDLY_NAMES: Record<string, string> = {
  zip: "a ZIP archive",
  gz: "a gzip archive",
  "7z": "a 7-Zip archive",
  rar: "a RAR archive",
  tar: "a tar archive",
  exe: "a Windows program (EXE)",
  elf: "a Linux program (ELF)",
  macho: "a macOS program",
  msi: "a Windows installer",
  docx: "a Word document",
  doc: "a Word document",
  xlsx: "an Excel workbook",
  pptx: "a PowerPoint presentation",
  png: "a PNG image",
  jpg: "a JPEG image",
  webp: "a WebP image",
  gif: "a GIF image",
  pdf: "a PDF document",
  mp4: "an MP4 video",
  webm: "a WebM video",
  mov: "a QuickTime (MOV) video",
  mkv: "a Matroska (MKV) video",
  avi: "an AVI video",
  mp3: "an MP3 audio file",
  html: "a web page (HTML)",
  svg: "an SVG image",
};

const KIND_NOUN: Record<MediaKindName, string> = { VIDEO: "an MP4 or WebM video", PDF: "a PDF", IMAGE: "a PNG, JPEG or WebP image" };

export type UploadRefusalCode =
  | "UPLOAD_EMPTY"
  | "UPLOAD_TOO_LARGE"
  | "UPLOAD_TYPE_NOT_ALLOWED"
  | "UPLOAD_ARCHIVE_REFUSED"
  | "UPLOAD_SVG_REFUSED"
  | "UPLOAD_IMAGE_TOO_MANY_PIXELS"
  | "UPLOAD_IMAGE_UNREADABLE"
  // Refusals of the request rather than the file.
  | "UPLOAD_BAD_REQUEST"
  | "UPLOAD_NO_FILE"
  | "UPLOAD_NO_PROVIDER"
  | "UPLOAD_RATE_LIMITED";

export type UploadVerdict = { ok: true; mimeType: string; extension: string } | { ok: false; code: UploadRefusalCode; message: string };

/** An expected refusal of an upload; its message is written for the author. */
export class UploadRefusedError extends Error {
  readonly code: UploadRefusalCode;

  constructor(code: UploadRefusalCode, message: string) {
    super(message);
    this.name = "UploadRefusedError";
    this.code = code;
  }
}

export function isUploadRefusedError(error: unknown): error is UploadRefusedError {
  return error instanceof UploadRefusedError;
}

export function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / MB) * 10) / 10} MB`;
}

export function tooLargeRefusal(kind: MediaKindName, name: string, maxBytes = UPLOAD_LIMITS[kind].maxBytes): UploadRefusedError {
  return new UploadRefusedError(
    "UPLOAD_TOO_LARGE",
    `“${name}” is larger than ${formatMegabytes(maxBytes)}, the limit for ${KIND_NOUN[kind]}. Compress it or split it, then upload it again.`,
  );
}

export function emptyRefusal(name: string): UploadRefusedError {
  return new UploadRefusedError("UPLOAD_EMPTY", `“${name}” is empty. Choose the file again.`);
}

/**
 * Decides from the first bytes of a file (`head`, up to SNIFF_BYTES, or the whole file when it is
 * shorter) whether it may be stored as `kind`. `name` is only used in the message.
 */
export async function judgeUpload(kind: MediaKindName, head: Uint8Array, name: string): Promise<UploadVerdict> {
  if (head.length === 0) return refuse(emptyRefusal(name));
  // Before sniffing: file-type calls an SVG with an XML declaration plain XML.
  if (looksLikeSvg(head)) {
    return refuse(new UploadRefusedError("UPLOAD_SVG_REFUSED", `“${name}” is an SVG image. SVG files can carry scripts, so they are not accepted: export it as PNG or WebP instead.`));
  }
  const detected = await fileTypeFromBuffer(head);
  if (!detected) {
    return refuse(new UploadRefusedError("UPLOAD_TYPE_NOT_ALLOWED", `“${name}” is not ${KIND_NOUN[kind]} (its contents are not a recognised file type). Upload ${KIND_NOUN[kind]}.`));
  }

  const what = FRIENDLY_NAMES[detected.ext] ?? `a ${detected.ext.toUpperCase()} file`;
  if (ARCHIVE_EXTENSIONS.has(detected.ext)) {
    return refuse(new UploadRefusedError("UPLOAD_ARCHIVE_REFUSED", `“${name}” is really ${what}, not ${KIND_NOUN[kind]}. Archives are not accepted: upload the file itself, not a compressed copy.`));
  }
  if (!ALLOWED_MIME[kind].includes(detected.mime)) {
    return refuse(new UploadRefusedError("UPLOAD_TYPE_NOT_ALLOWED", `“${name}” is really ${what}, not ${KIND_NOUN[kind]}. Upload ${KIND_NOUN[kind]}.`));
  }

  if (kind === "IMAGE") {
    const pixels = imagePixels(head);
    if (pixels === null) {
      return refuse(new UploadRefusedError("UPLOAD_IMAGE_UNREADABLE", `The size of the image “${name}” could not be read. Save it again as PNG or JPEG and upload that.`));
    }
    if (pixels.width * pixels.height > MAX_IMAGE_PIXELS) {
      return refuse(
        new UploadRefusedError(
          "UPLOAD_IMAGE_TOO_MANY_PIXELS",
          `“${name}” is ${pixels.width} × ${pixels.height} pixels; images may have at most ${MAX_IMAGE_PIXELS / 1_000_000} megapixels. Scale it down and upload it again.`,
        ),
      );
    }
  }
  return { ok: true, mimeType: detected.mime, extension: detected.ext };
}

function refuse(error: UploadRefusedError): UploadVerdict {
  return { ok: false, code: error.code, message: error.message };
}

function imagePixels(head: Uint8Array): { width: number; height: number } | null {
  try {
    const { width, height } = imageSize(head);
    return width > 0 && height > 0 ? { width, height } : null;
  } catch {
    return null;
  }
}

function looksLikeSvg(head: Uint8Array): boolean {
  const start = new TextDecoder("utf-8", { fatal: false }).decode(head.subarray(0, 2048)).replace(/^\uFEFF/, "").trimStart().toLowerCase();
  return start.startsWith("<svg") || ((start.startsWith("<?xml") || start.startsWith("<!doctype svg") || start.startsWith("<!--")) && start.includes("<svg"));
}

/**
 * The uploaded name, kept for display and the download filename only (storage keys never come
 * from it): no path, no control or quoting characters, at most 200 characters.
 */
export function cleanOriginalName(name: string | undefined | null): string {
  const base = (name ?? "").split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  if (cleaned === "") return "upload";
  if (cleaned.length <= 200) return cleaned;
  const dot = cleaned.lastIndexOf(".");
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : "";
  return cleaned.slice(0, 200 - extension.length) + extension;
}

export function isMediaKind(value: unknown): value is MediaKindName {
  return typeof value === "string" && (MEDIA_KINDS as readonly string[]).includes(value);
}
