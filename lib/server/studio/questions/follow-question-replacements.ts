import "server-only";
import { draftQuestionListings, repointDraftQuestions } from "@/lib/domain/studio/repoint-draft-questions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { db } from "@/lib/server/db";

type Client = typeof db | Prisma.TransactionClient;

/**
 * A document copied from an earlier version (the next version opened from the published one)
 * may list questions the bank has replaced or archived since. Each listed id becomes the live
 * end of its replacement chain; one archived with no replacement is dropped; an id the bank does
 * not hold is left for publishing to refuse. Returns the document unchanged when nothing moved.
 */
export async function followQuestionReplacements<T>(client: Client, courseId: string, content: T): Promise<T> {
  const listed = [...draftQuestionListings(content).keys()];
  if (listed.length === 0) return content;
  const rows = await client.question.findMany({
    where: { courseId, OR: [{ id: { in: listed } }, { replacesId: { not: null } }] },
    select: { id: true, replacesId: true, archivedAt: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const successorOf = new Map(rows.flatMap((row) => (row.replacesId ? [[row.replacesId, row.id] as const] : [])));

  const replacements = new Map<string, string | null>();
  for (const id of listed) {
    let current = byId.get(id);
    if (!current?.archivedAt) continue;
    // replacesId is unique, so each question has at most one successor and the chain cannot fork.
    while (current?.archivedAt && successorOf.has(current.id)) current = byId.get(successorOf.get(current.id)!);
    replacements.set(id, current && !current.archivedAt ? current.id : null);
  }
  return replacements.size === 0 ? content : (repointDraftQuestions(content, replacements).content as T);
}
