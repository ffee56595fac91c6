// Maps a LearningRecord row to an xAPI 1.0.3 Statement, for export to a Learning Record Store.
// Send it with the header "X-Experience-API-Version: 1.0.3"; the statement's own `version` is
// left for the LRS to set, as the specification recommends.

import { formatIsoDuration, parseIsoDuration } from "./iso-duration";

/** Verb IRIs: the ADL vocabulary where it has one, the Tin Can registry for "rated" and "unregistered". */
export const VERBS = {
  registered: { id: "http://adlnet.gov/expapi/verbs/registered", display: "registered" },
  launched: { id: "http://adlnet.gov/expapi/verbs/launched", display: "launched" },
  progressed: { id: "http://adlnet.gov/expapi/verbs/progressed", display: "progressed" },
  experienced: { id: "http://adlnet.gov/expapi/verbs/experienced", display: "experienced" },
  attempted: { id: "http://adlnet.gov/expapi/verbs/attempted", display: "attempted" },
  completed: { id: "http://adlnet.gov/expapi/verbs/completed", display: "completed" },
  passed: { id: "http://adlnet.gov/expapi/verbs/passed", display: "passed" },
  failed: { id: "http://adlnet.gov/expapi/verbs/failed", display: "failed" },
  attended: { id: "http://adlnet.gov/expapi/verbs/attended", display: "attended" },
  rated: { id: "http://id.tincanapi.com/verb/rated", display: "rated" },
  // Withdrawing from a course; "unregistered" is the established IRI (Open edX uses it too).
  withdrew: { id: "http://id.tincanapi.com/verb/unregistered", display: "unregistered" },
} as const;

export type XapiVerbName = keyof typeof VERBS;

export const ACTIVITY_TYPES = {
  course: { segment: "courses", type: "http://adlnet.gov/expapi/activities/course" },
  lesson: { segment: "lessons", type: "http://adlnet.gov/expapi/activities/lesson" },
  assessment: { segment: "assessments", type: "http://adlnet.gov/expapi/activities/assessment" },
  session: { segment: "sessions", type: "http://adlnet.gov/expapi/activities/meeting" },
} as const;

export type XapiObjectType = keyof typeof ACTIVITY_TYPES;

/** LearningRecord.result as stored: already xAPI-shaped, with the duration as ISO text or seconds. */
export type LearningRecordResult = {
  score?: { raw: number; min?: number; max?: number; scaled?: number };
  success?: boolean;
  completion?: boolean;
  duration?: string;
  durationSeconds?: number;
  response?: string;
};

export type LearningRecordForExport = {
  id: bigint | number | string;
  actor: { id: string; name: string; email: string };
  /** A VERBS key or its IRI (the seed stores IRIs). */
  verb: string;
  /** "course", "Course", "lesson"… */
  objectType: string;
  objectId: string;
  objectName?: string | null;
  result?: LearningRecordResult | null;
  /** registration: the enrolment id; courseId: the parent course of a lesson or assessment. */
  context?: { registration?: string; courseId?: string } | null;
  timestamp: Date;
};

type LanguageMap = Record<string, string>;

export type XapiStatement = {
  id: string;
  actor: { objectType: "Agent"; name: string; mbox: string };
  verb: { id: string; display: LanguageMap };
  object: { objectType: "Activity"; id: string; definition: { type: string; name?: LanguageMap } };
  result?: {
    score?: { scaled?: number; raw: number; min?: number; max?: number };
    success?: boolean;
    completion?: boolean;
    duration?: string;
    response?: string;
  };
  context?: {
    registration?: string;
    platform: string;
    contextActivities?: { parent: { objectType: "Activity"; id: string; definition: { type: string } }[] };
  };
  timestamp: string;
};

export const XAPI_PLATFORM = "Kaushal";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Resolves a stored verb (name or IRI) to its VERBS key, or null when it is not one of ours. */
export function resolveVerb(verb: string): XapiVerbName | null {
  if (Object.hasOwn(VERBS, verb)) return verb as XapiVerbName;
  const entry = (Object.entries(VERBS) as [XapiVerbName, { id: string }][]).find(([, value]) => value.id === verb);
  return entry ? entry[0] : null;
}

/** The IRI that identifies a course, lesson, assessment or session: `${baseUrl}/courses/${id}`. */
export function activityIri(baseUrl: string, objectType: XapiObjectType, objectId: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/${ACTIVITY_TYPES[objectType].segment}/${encodeURIComponent(objectId)}`;
}

/**
 * A stable statement id derived from the row id (a UUID version 8, "custom"), so re-sending a
 * record is recognised by the LRS as the same statement rather than stored twice.
 */
export function statementIdForRecord(recordId: bigint | number | string): string {
  const id = BigInt(recordId);
  if (id < BigInt(0)) throw new RangeError("A learning record id cannot be negative.");
  const hex = id.toString(16).padStart(22, "0");
  if (hex.length > 22) throw new RangeError("A learning record id above 2^88 cannot be encoded.");
  // "6b736800" is "ksh\0": it keeps these ids apart from any other producer's version-8 ids.
  return `6b736800-${hex.slice(0, 4)}-8${hex.slice(4, 7)}-8${hex.slice(7, 10)}-${hex.slice(10)}`;
}

/** Throws RangeError for a verb or object type this mapping does not know, or an inconsistent score. */
export function toXapiStatement(record: LearningRecordForExport, baseUrl: string): XapiStatement {
  const verbName = resolveVerb(record.verb);
  if (!verbName) throw new RangeError(`Unknown xAPI verb: ${record.verb}`);
  const objectType = record.objectType.toLowerCase();
  if (!Object.hasOwn(ACTIVITY_TYPES, objectType)) throw new RangeError(`Unknown learning record object type: ${record.objectType}`);
  const activityType = objectType as XapiObjectType;
  const verb = VERBS[verbName];

  const statement: XapiStatement = {
    id: statementIdForRecord(record.id),
    actor: { objectType: "Agent", name: record.actor.name, mbox: `mailto:${record.actor.email.trim().toLowerCase()}` },
    verb: { id: verb.id, display: { "en-US": verb.display } },
    object: {
      objectType: "Activity",
      id: activityIri(baseUrl, activityType, record.objectId),
      definition: record.objectName
        ? { type: ACTIVITY_TYPES[activityType].type, name: { en: record.objectName } }
        : { type: ACTIVITY_TYPES[activityType].type },
    },
    timestamp: record.timestamp.toISOString(),
  };
  const result = record.result ? toXapiResult(record.result) : undefined;
  if (result && Object.keys(result).length > 0) statement.result = result;
  statement.context = toXapiContext(record, activityType, baseUrl);
  return statement;
}

function toXapiResult(result: LearningRecordResult): NonNullable<XapiStatement["result"]> {
  const mapped: NonNullable<XapiStatement["result"]> = {};
  if (result.score) mapped.score = toXapiScore(result.score);
  if (result.success !== undefined) mapped.success = result.success;
  if (result.completion !== undefined) mapped.completion = result.completion;
  if (result.durationSeconds !== undefined) mapped.duration = formatIsoDuration(result.durationSeconds);
  else if (result.duration !== undefined) {
    const seconds = parseIsoDuration(result.duration);
    if (seconds === null) throw new RangeError(`Not an ISO 8601 duration: ${result.duration}`);
    mapped.duration = formatIsoDuration(seconds);
  }
  if (result.response !== undefined) mapped.response = result.response;
  return mapped;
}

/** scaled is recomputed from raw/min/max when they allow it: a stored scaled value may be stale. */
function toXapiScore(score: NonNullable<LearningRecordResult["score"]>): NonNullable<NonNullable<XapiStatement["result"]>["score"]> {
  const min = score.max !== undefined ? (score.min ?? 0) : score.min;
  const { raw, max } = score;
  if (min !== undefined && max !== undefined && min > max) throw new RangeError("A score's min cannot exceed its max.");
  if ((min !== undefined && raw < min) || (max !== undefined && raw > max)) {
    throw new RangeError("A score's raw value must lie between min and max.");
  }
  const mapped: NonNullable<NonNullable<XapiStatement["result"]>["score"]> = { raw };
  if (min !== undefined) mapped.min = min;
  if (max !== undefined) mapped.max = max;
  if (min !== undefined && max !== undefined && max > min) {
    mapped.scaled = Math.round(((raw - min) / (max - min)) * 10_000) / 10_000;
  } else if (score.scaled !== undefined) {
    mapped.scaled = Math.max(-1, Math.min(1, score.scaled));
  }
  return mapped;
}

type XapiContext = NonNullable<XapiStatement["context"]>;

function toXapiContext(record: LearningRecordForExport, objectType: XapiObjectType, baseUrl: string): XapiContext {
  const context: XapiContext = { platform: XAPI_PLATFORM };
  const registration = record.context?.registration;
  // xAPI requires a UUID here; enrolment ids are UUIDv7, anything else is left out.
  if (registration && UUID.test(registration)) context.registration = registration.toLowerCase();
  const courseId = record.context?.courseId;
  if (courseId && objectType !== "course") {
    context.contextActivities = {
      parent: [{ objectType: "Activity", id: activityIri(baseUrl, "course", courseId), definition: { type: ACTIVITY_TYPES.course.type } }],
    };
  }
  return context;
}
