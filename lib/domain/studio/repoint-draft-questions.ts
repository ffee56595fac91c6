// A course version's document lists the questions of its FIXED assessments by id. When a bank
// question is replaced (an answered question was edited) the open version must ask the
// replacement; when one is archived it drops out of the lists. The document is walked as plain
// JSON, not parsed with the draft schema, so nothing else in it changes: not a default filled
// in, not a field the schema does not know yet.

type Json = unknown;

const isObject = (value: Json): value is Record<string, Json> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * `replacements` maps an old question id to its replacement, or to null to drop it. Returns the
 * document with every FIXED list updated (a replacement already listed is not listed twice), and
 * whether anything changed.
 */
export function repointDraftQuestions(content: Json, replacements: ReadonlyMap<string, string | null>): { content: Json; isChanged: boolean } {
  if (!isObject(content) || !Array.isArray(content.modules)) return { content, isChanged: false };
  let isChanged = false;
  const modules = content.modules.map((courseModule: Json) => {
    if (!isObject(courseModule) || !Array.isArray(courseModule.lessons)) return courseModule;
    const lessons = courseModule.lessons.map((lesson: Json) => {
      if (!isObject(lesson) || lesson.type !== "ASSESSMENT" || !isObject(lesson.assessment)) return lesson;
      const draw = lesson.assessment.draw;
      if (!isObject(draw) || draw.mode !== "FIXED" || !Array.isArray(draw.questionIds)) return lesson;
      const ids = draw.questionIds as Json[];
      if (!ids.some((id) => typeof id === "string" && replacements.has(id))) return lesson;
      const next: Json[] = [];
      for (const id of ids) {
        const target = typeof id === "string" && replacements.has(id) ? replacements.get(id) : id;
        if (target === null || target === undefined || next.includes(target)) continue;
        next.push(target);
      }
      isChanged = true;
      return { ...lesson, assessment: { ...lesson.assessment, draw: { ...draw, questionIds: next } } };
    });
    return { ...courseModule, lessons };
  });
  return isChanged ? { content: { ...content, modules }, isChanged } : { content, isChanged };
}

/** Every question id the document's FIXED assessments list, with the lesson title listing it. */
export function draftQuestionListings(content: Json): Map<string, string[]> {
  const listings = new Map<string, string[]>();
  if (!isObject(content) || !Array.isArray(content.modules)) return listings;
  for (const courseModule of content.modules) {
    if (!isObject(courseModule) || !Array.isArray(courseModule.lessons)) continue;
    for (const lesson of courseModule.lessons) {
      if (!isObject(lesson) || lesson.type !== "ASSESSMENT" || !isObject(lesson.assessment)) continue;
      const draw = lesson.assessment.draw;
      if (!isObject(draw) || draw.mode !== "FIXED" || !Array.isArray(draw.questionIds)) continue;
      const title = typeof lesson.title === "string" && lesson.title.trim() !== "" ? lesson.title.trim() : "Untitled assessment";
      for (const id of draw.questionIds) {
        if (typeof id !== "string") continue;
        listings.set(id, [...(listings.get(id) ?? []), title]);
      }
    }
  }
  return listings;
}
