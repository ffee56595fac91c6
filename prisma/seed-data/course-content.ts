// Turns a catalogue entry into the full course tree: three modules with lessons of every type
// (TEXT, VIDEO, PDF, LINK, ASSESSMENT), a scored assessment, and batches for blended and
// face-to-face courses. Lesson wording follows the course language.
import type { BatchInput, CreateCourseInput, LessonInput, QuestionInput } from "../../lib/server/factories/create-course";
import type { CourseSeed, QuestionSeed } from "./courses";
import { COMPETENCIES, LEVEL_NAMES, describeLevels } from "./competencies";
import { addMinutes, daysFromBase, istMorning } from "./dates";
import { MEDIA } from "./media-files";
import { createRandom } from "./random";

const TEXT = {
  EN: {
    about: "About this course",
    youWillLearn: "You will learn",
    competencies: "Competencies this course builds",
    level: "level",
    orientation: "Orientation video",
    keyConcepts: "Key concepts",
    reading: "Reading",
    resource: "Official resource",
    resourceBody: "Explore the official source for this topic. It opens in a new tab.",
    summary: "Summary and next steps",
    summaryBody: "You have covered the key concepts of this course. Take the final assessment to earn your certificate; it adds this course's competencies to your passbook.",
    assessment: "Final assessment",
    instructions: "Answer every question. You need the pass mark to complete the course; your best attempt counts.",
  },
  HI: {
    about: "इस पाठ्यक्रम के बारे में",
    youWillLearn: "आप सीखेंगे",
    competencies: "इस पाठ्यक्रम से विकसित होने वाली दक्षताएँ",
    level: "स्तर",
    orientation: "परिचय वीडियो",
    keyConcepts: "मुख्य अवधारणाएँ",
    reading: "पठन सामग्री",
    resource: "आधिकारिक संसाधन",
    resourceBody: "इस विषय का आधिकारिक स्रोत देखें। यह नए टैब में खुलता है।",
    summary: "सारांश और आगे की राह",
    summaryBody: "आपने इस पाठ्यक्रम की मुख्य अवधारणाएँ पूरी कर ली हैं। प्रमाणपत्र पाने के लिए अंतिम मूल्यांकन दें; इससे पाठ्यक्रम की दक्षताएँ आपकी पासबुक में जुड़ जाती हैं।",
    assessment: "अंतिम मूल्यांकन",
    instructions: "सभी प्रश्नों के उत्तर दें। पाठ्यक्रम पूरा करने के लिए उत्तीर्णांक आवश्यक है; आपका सर्वश्रेष्ठ प्रयास गिना जाता है।",
  },
} as const;

// Author's estimates per lesson, in seconds. A micro-course's lessons are minutes, not quarter
// hours; the server's minimum times follow from these as for any other course.
const LESSON_SECONDS = {
  standard: { about: 300, keyConcepts: 600, pdf: 900, link: 300, summary: 180 },
  micro: { about: 60, keyConcepts: 90, pdf: 60, link: 60, summary: 45 },
} as const;

export type CourseContext = {
  providerId: string;
  competencyIds: Map<string, string>;
  createdById: string | null;
  reviewedById: string | null;
};

function toQuestion(seed: QuestionSeed, competencyId: string | null): QuestionInput {
  const [kind, prompt, answer, explanation] = seed;
  if (kind === "T") {
    const [yes, no] = /[\u0900-\u097F]/.test(prompt) ? ["सही", "गलत"] : ["True", "False"];
    return {
      type: "TRUE_FALSE",
      prompt,
      explanation,
      competencyId,
      options: [
        { label: yes, isCorrect: answer === true },
        { label: no, isCorrect: answer === false },
      ],
    };
  }
  const authored = (answer as string[]).map((label) => ({
    label: label.replace(/^\*/, ""),
    isCorrect: label.startsWith("*"),
  }));
  // The catalogue lists the right answers first (easy to read and review); the stored order is
  // shuffled, per question and the same on every run, so the right answer is not simply "A" for
  // anyone who sees the authored order (a question without shuffling, the CSV export, a preview).
  const options = createRandom(`question-options:${prompt}`).shuffle(authored);
  return { type: kind === "S" ? "SINGLE" : "MULTIPLE", prompt, explanation, competencyId, options };
}

// A question on the course's own competency level, built from the dictionary: it checks the
// learner can tell the target proficiency apart from the levels below and above it.
function levelQuestion(code: string, level: number, competencyId: string): QuestionInput | null {
  const competency = COMPETENCIES.find((entry) => entry.code === code);
  if (!competency) return null;
  const levels = describeLevels(competency);
  const choices = [...new Set([1, level, 5, level === 5 ? 3 : Math.min(5, level + 1)])];
  const random = createRandom(`level-question:${code}:${level}`);
  return {
    type: "SINGLE",
    prompt: `Which statement describes level ${level} (${LEVEL_NAMES[level - 1]}) of ${competency.name}?`,
    explanation: `Level ${level} of ${competency.name}: ${levels[level - 1]?.descriptor ?? ""}`,
    competencyId,
    options: random.shuffle(choices).map((choice) => ({
      label: levels[choice - 1]?.descriptor ?? "",
      isCorrect: choice === level,
    })),
  };
}

function batchesFor(seed: CourseSeed, index: number): BatchInput[] {
  if (!seed.mode || seed.mode === "ONLINE" || !seed.venue) return [];
  const venue = seed.venue;
  const days = seed.mode === "FACE_TO_FACE" ? 3 : 1;
  const prefix = seed.provider.slice(0, 4).toUpperCase();
  // One batch already held, one open for nominations and one scheduled later in FY 2026-27.
  const plans = [
    { code: `${prefix}-2026-01`, startDay: -45 + index, status: "COMPLETED" as const, seats: 40 },
    { code: `${prefix}-2026-02`, startDay: 290 + index, status: "OPEN" as const, seats: 30 },
    { code: `${prefix}-2027-01`, startDay: 345 + index, status: "SCHEDULED" as const, seats: 30 },
  ];
  const sessionTitles =
    seed.mode === "FACE_TO_FACE"
      ? ["Opening session and expectations", "Case work in groups", "Field exercise", "Simulation", "Peer learning", "Action plans and valediction"]
      : ["Case discussion", "Practice and wrap-up"];
  return plans.map((plan) => ({
    code: plan.code,
    startsAt: istMorning(plan.startDay),
    endsAt: addMinutes(istMorning(plan.startDay + days - 1), 8 * 60),
    venue,
    seatLimit: plan.seats,
    status: plan.status,
    sessions: sessionTitles.map((title, sessionIndex) => {
      const day = plan.startDay + Math.floor(sessionIndex / 2);
      const start = addMinutes(istMorning(day), sessionIndex % 2 === 0 ? 0 : 270);
      return { title, startsAt: start, endsAt: addMinutes(start, 180), venue, facilitator: null };
    }),
  }));
}

export function buildCourseInput(seed: CourseSeed, index: number, context: CourseContext): CreateCourseInput {
  const language = seed.language ?? "EN";
  const t = TEXT[language];
  const competencyEntries = Object.entries(seed.competencies);
  const competencies = competencyEntries.map(([code, level]) => {
    const competencyId = context.competencyIds.get(code);
    if (!competencyId) throw new Error(`Course ${seed.slug}: unknown competency ${code}`);
    return { code, competencyId, level };
  });
  const primaryCompetencyId = competencies[0]?.competencyId ?? null;
  const competencyLines = competencies.map(({ code, level }) => {
    const name = COMPETENCIES.find((entry) => entry.code === code)?.name ?? code;
    return `- **${name}** — ${t.level} ${level} (${LEVEL_NAMES[level - 1]})`;
  });

  const questions = [
    ...seed.questions.map((question) => toQuestion(question, primaryCompetencyId)),
    // Level questions are written in English, so Hindi courses keep to their own questions.
    ...(language === "EN"
      ? competencies.map(({ code, level, competencyId }) => levelQuestion(code, level, competencyId))
      : []),
  ].filter((question): question is QuestionInput => question !== null);
  const timeLimitSeconds = 120 * questions.length;
  const seconds = LESSON_SECONDS[seed.length ?? "standard"];

  const video = index % 2 === 0 ? MEDIA.videos.courseOrientation : MEDIA.videos.competencyPrimer;
  const document = MEDIA.documents[seed.document];
  const lessons: [LessonInput[], LessonInput[], LessonInput[]] = [
    [
      {
        type: "TEXT",
        title: t.about,
        durationSeconds: seconds.about,
        body: [`## ${seed.title}`, "", seed.summary, "", `### ${t.youWillLearn}`, ...seed.points.map(([heading]) => `- ${heading}`), "", `### ${t.competencies}`, ...competencyLines].join("\n"),
      },
      { type: "VIDEO", title: t.orientation, durationSeconds: video.durationSeconds, mediaPath: video.path },
    ],
    [
      {
        type: "TEXT",
        title: t.keyConcepts,
        durationSeconds: seconds.keyConcepts,
        body: seed.points.flatMap(([heading, text], pointIndex) => [`### ${pointIndex + 1}. ${heading}`, "", text, ""]).join("\n").trim(),
      },
      { type: "PDF", title: `${t.reading}: ${document.title}`, durationSeconds: seconds.pdf, mediaPath: document.path },
      { type: "LINK", title: `${t.resource}: ${seed.link[0]}`, durationSeconds: seconds.link, externalUrl: seed.link[1], body: t.resourceBody, isRequired: false },
    ],
    [
      { type: "TEXT", title: t.summary, durationSeconds: seconds.summary, body: `## ${t.summary}\n\n${t.summaryBody}` },
      {
        type: "ASSESSMENT",
        title: t.assessment,
        durationSeconds: timeLimitSeconds,
        assessment: {
          title: `${t.assessment}: ${seed.titleHi && language === "HI" ? seed.titleHi : seed.title}`,
          instructions: t.instructions,
          passMarkPercent: 60,
          timeLimitSeconds,
          maxAttempts: 3,
          questions,
        },
      },
    ],
  ];
  const status = seed.status ?? "PUBLISHED";
  // Catalogue history: published between October 2025 and February 2026, newest last.
  const publishedAt = status === "PUBLISHED" ? daysFromBase(-180 + index * 3) : null;

  return {
    providerId: context.providerId,
    slug: seed.slug,
    title: seed.title,
    titleHi: seed.titleHi ?? null,
    summary: seed.summary,
    description: [seed.summary, "", ...seed.points.map(([heading, text]) => `**${heading}.** ${text}`)].join("\n\n"),
    status,
    mode: seed.mode ?? "ONLINE",
    language,
    createdById: context.createdById,
    reviewedById: status === "PUBLISHED" ? context.reviewedById : null,
    reviewNote: status === "PUBLISHED" ? "Content checked against the FRAC mapping; approved." : null,
    submittedAt: status === "PUBLISHED" || status === "IN_REVIEW" ? daysFromBase(-190 + index * 3) : null,
    publishedAt,
    createdAt: daysFromBase(-200 + index * 3),
    competencies: competencies.map(({ competencyId, level }) => ({ competencyId, level })),
    modules: seed.modules.map((title, moduleIndex) => ({ title, lessons: lessons[moduleIndex] ?? [] })),
    batches: batchesFor(seed, index),
  };
}
