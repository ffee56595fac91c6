// The media files lessons point at. They live in public/media (committed, made by the scripts in
// ./media), so the app serves them as /media/... and the seed never needs ffmpeg or a network.
import { DOCUMENTS } from "./media/documents";

export const MEDIA = {
  videos: {
    courseOrientation: { path: "/media/videos/course-orientation.webm", durationSeconds: 24 },
    competencyPrimer: { path: "/media/videos/competency-primer.webm", durationSeconds: 24 },
  },
  documents: Object.fromEntries(
    DOCUMENTS.map((doc) => [doc.file.replace(/\.pdf$/, ""), { path: `/media/documents/${doc.file}`, title: doc.title }]),
  ) as Record<
    "frac-competency-primer" | "rti-act-ready-reckoner" | "public-procurement-handbook" | "disaster-management-guide",
    { path: string; title: string }
  >,
} as const;
