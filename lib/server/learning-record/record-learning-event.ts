import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { VERBS, type LearningRecordResult, type XapiObjectType, type XapiVerbName } from "@/lib/domain/learning/xapi";

/** Stored object types, capitalised as the seed writes them, so one (objectType, objectId) index serves both. */
const STORED_OBJECT_TYPES: Record<XapiObjectType, string> = {
  course: "Course",
  lesson: "Lesson",
  assessment: "Assessment",
  session: "Session",
};

export type LearningEventContext = {
  /** The enrolment id: xAPI's registration ties every statement of one enrolment together. */
  registration?: string;
  /** The parent course of a lesson or assessment. */
  courseId?: string;
};

export type RecordLearningEventInput = {
  actorId: string;
  verb: XapiVerbName;
  objectType: XapiObjectType;
  objectId: string;
  result?: LearningRecordResult;
  context?: LearningEventContext;
  /** Server time of the event; defaults to the database's clock. */
  timestamp?: Date;
};

/**
 * Appends one xAPI-shaped statement. Takes the caller's transaction client on purpose: the record
 * must commit or roll back with the change it describes, so the learning record never claims an
 * enrolment or completion that did not happen (the table is append-only — it cannot be fixed later).
 * The verb is stored as its IRI, as the seed does, so exports need no lookup.
 */
export async function recordLearningEvent(tx: Prisma.TransactionClient, input: RecordLearningEventInput): Promise<void> {
  await tx.learningRecord.create({
    data: {
      actorId: input.actorId,
      verb: VERBS[input.verb].id,
      objectType: STORED_OBJECT_TYPES[input.objectType],
      objectId: input.objectId,
      result: input.result ?? undefined,
      context: input.context ?? undefined,
      timestamp: input.timestamp,
    },
    select: { id: true },
  });
}
