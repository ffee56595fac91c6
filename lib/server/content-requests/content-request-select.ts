import "server-only";
import type { ContentRequestStatusName } from "@/lib/domain/studio/content-request-rules";

export const CONTENT_REQUEST_SELECT = {
  id: true,
  status: true,
  level: true,
  officialsInNeed: true,
  note: true,
  response: true,
  createdAt: true,
  updatedAt: true,
  providerId: true,
  organisation: { select: { name: true } },
  requestedBy: { select: { name: true } },
  competency: { select: { id: true, name: true, area: true } },
  provider: { select: { name: true } },
  course: { select: { title: true, slug: true } },
} as const;

export type ContentRequestRow = {
  id: string;
  status: ContentRequestStatusName;
  level: number;
  officialsInNeed: number | null;
  note: string | null;
  response: string | null;
  createdAt: Date;
  updatedAt: Date;
  providerId: string | null;
  organisation: { name: string };
  requestedBy: { name: string } | null;
  competency: { id: string; name: string; area: string };
  provider: { name: string } | null;
  course: { title: string; slug: string } | null;
};
