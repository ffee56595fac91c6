// The course catalogue of the synthetic government: the seed's providers plus an academy for
// each large ministry, and published courses that build the dictionary's competencies (a few
// build none), each with one to three modules of four to eight lessons. Lessons point at the
// media files the demo seed ships, so the player works on generated courses too.
import type { DeliveryMode, LessonType, ProviderKind } from "../../generated/prisma/client";
import { LEVEL_NAMES } from "../../../prisma/seed-data/competencies";
import { MEDIA } from "../../../prisma/seed-data/media-files";
import { PROVIDERS } from "../../../prisma/seed-data/providers";
import { DAY_MS } from "./calendar";
import type { PlannedCompetency } from "./frac-dictionary";
import { MINISTRIES } from "./ministries";
import { createRng, type Random } from "./rng";

export type PlannedProvider = { code: string; name: string; kind: ProviderKind; description: string; website: string | null; organisationCode: string | null };

export type PlannedLesson = {
  index: number;
  title: string;
  type: LessonType;
  position: number;
  durationSeconds: number;
  body: string | null;
  mediaPath: string | null;
  externalUrl: string | null;
};

export type PlannedCourse = {
  index: number;
  slug: string;
  title: string;
  titleHi: string | null;
  summary: string;
  description: string;
  mode: DeliveryMode;
  language: "EN" | "HI";
  durationMinutes: number;
  providerIndex: number;
  publishedAtMs: number;
  /** Indexes into the dictionary's competencies, with the level the course imparts. */
  competencies: { competency: number; level: number }[];
  modules: { title: string; lessons: PlannedLesson[] }[];
};

export type Catalogue = { providers: PlannedProvider[]; courses: PlannedCourse[]; lessonCount: number };

/** Ministries ranked above this have a training academy that offers their domain courses. */
export const ACADEMY_RANKS = 25;
const GENERAL_COURSE_SHARE = 0.08;

const EXTRA_PROVIDERS: PlannedProvider[] = [
  { code: "SPPG", name: "School of Public Policy and Governance", kind: "UNIVERSITY", description: "Short programmes in public policy and management for serving officials.", website: null, organisationCode: null },
  { code: "DGLL", name: "Digital Governance Learning Lab", kind: "PRIVATE", description: "Hands-on courses on digital tools and data for government work.", website: null, organisationCode: null },
  { code: "EXPERT-AKHANNA", name: "Prof. Arvind Khanna (Independent Expert)", kind: "EXPERT", description: "Teaches negotiation, leadership and public communication.", website: null, organisationCode: null },
  { code: "EXPERT-SIYER", name: "Dr. Shalini Iyer (Independent Expert)", kind: "EXPERT", description: "Teaches data analysis and evidence-based policy.", website: null, organisationCode: null },
];

const TITLES_EN = ["{C}: Foundations", "Introduction to {C}", "{C} in Practice", "{C} for Managers", "Advanced {C}", "{C}: Case Studies", "{C} Refresher", "{C} Toolkit", "Essentials of {C}", "{C} for Field Offices", "{C} for New Recruits", "{C} Masterclass"];
const TITLES_HI = ["{C}: मूल बातें", "{C} का परिचय", "व्यवहार में {C}", "प्रबंधकों के लिए {C}", "उन्नत {C}", "{C}: केस अध्ययन", "{C}: पुनश्चर्या पाठ्यक्रम", "{C} टूलकिट", "{C} के अनिवार्य तत्व", "क्षेत्रीय कार्यालयों के लिए {C}", "नए कर्मियों के लिए {C}", "{C} मास्टरक्लास"];
const QUALIFIERS = ["", "", "", " (Secretariat Edition)", " for Group C Staff", " in the Digital Age", " with Case Studies from the States", " (Self-Paced)", " for Supervisors", " in Districts", " (Hindi and English)", " for Frontline Staff", " in Five Steps", " (2nd Edition)", " at Work"];
const GENERAL_TOPICS = ["Mission Karmayogi Orientation", "Wellbeing at Work", "Financial Literacy for Employees", "Fit India: Active Living", "Time Management", "Effective Meetings", "Working with Spreadsheets", "Writing Clear Emails", "Yoga for the Workplace", "Retirement Planning"];
const AUDIENCES = ["officials at every level", "section officers and assistants", "officers in field offices", "new recruits", "middle managers", "senior officers"];
const TEXT_TITLES = ["Key concepts", "Rules and procedures", "A worked example", "Common pitfalls", "What good practice looks like", "Summary and next steps"];
const LINKS = ["https://igotkarmayogi.gov.in", "https://www.india.gov.in", "https://rti.gov.in", "https://gem.gov.in", "https://pgportal.gov.in", "https://dopt.gov.in", "https://www.mygov.in", "https://egazette.gov.in"];
const VIDEOS = Object.values(MEDIA.videos);
const DOCUMENTS = Object.values(MEDIA.documents);

export function planProviders(): PlannedProvider[] {
  const academies = MINISTRIES.slice(0, ACADEMY_RANKS)
    .filter((spec) => !spec.isSeeded && "name" in spec.domain)
    .map((spec): PlannedProvider => ({
      code: `ACAD-${spec.code}`,
      name: `National Academy of ${"name" in spec.domain ? spec.domain.name : spec.name}`,
      kind: "MINISTRY_ACADEMY",
      description: `The training academy of the ${spec.name}.`,
      website: null,
      organisationCode: spec.code,
    }));
  return [...PROVIDERS, ...academies, ...EXTRA_PROVIDERS];
}

function slugify(text: string): string {
  return text.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60);
}

function lessonsFor(rng: Random, competency: PlannedCompetency | null, level: number, nextIndex: () => number): { title: string; lessons: PlannedLesson[] }[] {
  const count = rng.weighted([[4, 2], [5, 3], [6, 4], [7, 3], [8, 2]] as const);
  const moduleCount = count >= 7 ? 3 : count >= 5 ? 2 : 1;
  const subject = competency?.name ?? "the topic";
  const descriptor = competency?.levels[level - 1]?.descriptor ?? "";
  const lessons: Omit<PlannedLesson, "position">[] = [];
  for (let i = 0; i < count; i++) {
    const type: LessonType = i === 0 ? "TEXT" : rng.weighted([["TEXT", 40], ["VIDEO", 15], ["PDF", 28], ["LINK", 17]] as const);
    const base = { index: nextIndex(), body: null, mediaPath: null, externalUrl: null };
    if (type === "TEXT") {
      const title = i === 0 ? "About this course" : i === count - 1 ? "Summary and next steps" : rng.pick(TEXT_TITLES);
      const body = `## ${title}\n\nThis lesson is part of a course on ${subject.toLowerCase()}. ${descriptor}\n\n${competency?.description ?? "It gathers practical advice for everyday work in government."}`;
      lessons.push({ ...base, title, type, durationSeconds: rng.int(10, 30) * 60, body });
    } else if (type === "VIDEO") {
      const video = rng.pick(VIDEOS);
      lessons.push({ ...base, title: "Explainer video", type, durationSeconds: video.durationSeconds, mediaPath: video.path });
    } else if (type === "PDF") {
      const document = rng.pick(DOCUMENTS);
      lessons.push({ ...base, title: `Reading: ${document.title}`, type, durationSeconds: rng.int(15, 45) * 60, mediaPath: document.path });
    } else {
      lessons.push({ ...base, title: "Official resource", type, durationSeconds: rng.int(5, 15) * 60, externalUrl: rng.pick(LINKS) });
    }
  }
  const modules: { title: string; lessons: PlannedLesson[] }[] = [];
  const perModule = Math.ceil(count / moduleCount);
  for (let m = 0; m < moduleCount; m++) {
    const slice = lessons.slice(m * perModule, (m + 1) * perModule).map((lesson, position) => ({ ...lesson, position: position + 1 }));
    if (slice.length > 0) modules.push({ title: m === 0 ? "Getting started" : m === moduleCount - 1 ? "Applying it" : "Going deeper", lessons: slice });
  }
  return modules;
}

export function planCatalogue(options: { courses: number; competencies: readonly PlannedCompetency[]; providers: readonly PlannedProvider[]; seed: number; firstDay: number }): Catalogue {
  const { competencies, providers } = options;
  const academyOf = new Map(providers.flatMap((provider, index) => (provider.kind === "MINISTRY_ACADEMY" && provider.code.startsWith("ACAD-") ? [[provider.code.slice(5), index] as const] : [])));
  const domainMinistry = new Map(MINISTRIES.map((spec) => [spec.domain.code, spec.code] as const));
  const openProviders = providers.flatMap((provider, index) => (provider.code.startsWith("ACAD-") ? [] : [[index, provider.kind === "EXPERT" ? 1 : 4] as const]));
  const competencyWeights = competencies.map((competency, index) => [index, competency.type === "DOMAIN" ? 1 : 3] as const);
  const usedTitles = new Set<string>();
  let lessonIndex = 0;
  const nextIndex = () => lessonIndex++;

  const courses = Array.from({ length: options.courses }, (_, index): PlannedCourse => {
    const rng = createRng("course", options.seed, index);
    const isGeneral = rng.chance(GENERAL_COURSE_SHARE);
    const primary = isGeneral ? null : rng.weighted(competencyWeights);
    const competency = primary === null ? null : (competencies[primary] as PlannedCompetency);
    const level: number = rng.weighted([[1, 25], [2, 30], [3, 25], [4, 15], [5, 5]] as const);
    const tags: { competency: number; level: number }[] = primary === null ? [] : [{ competency: primary, level }];
    const extra = primary === null ? 0 : rng.weighted([[0, 6], [1, 3], [2, 1]] as const);
    for (let i = 0; i < extra; i++) {
      const other = rng.weighted(competencyWeights.filter(([candidate]) => competencies[candidate]?.type !== "DOMAIN"));
      if (!tags.some((tag) => tag.competency === other)) tags.push({ competency: other, level: rng.int(1, Math.min(3, level + 1)) });
    }

    let title = "";
    let template = 0;
    for (let attempt = 0; attempt < 12 && (title === "" || usedTitles.has(title)); attempt++) {
      template = rng.int(0, TITLES_EN.length - 1);
      title = `${TITLES_EN[template]!.replace("{C}", competency?.name ?? rng.pick(GENERAL_TOPICS))}${rng.pick(QUALIFIERS)}`;
    }
    for (let part = 2; usedTitles.has(title); part++) if (!usedTitles.has(`${title}, Part ${part}`)) title = `${title}, Part ${part}`;
    usedTitles.add(title);

    const language = rng.chance(0.15) ? ("HI" as const) : ("EN" as const);
    const hasHindiTitle = competency?.nameHi && (language === "HI" || rng.chance(0.25));
    const titleHi = hasHindiTitle ? TITLES_HI[template]!.replace("{C}", competency.nameHi ?? competency.name) : null;
    const ministry = competency ? domainMinistry.get(competency.code) : undefined;
    const academy = ministry ? academyOf.get(ministry) : undefined;
    const providerIndex = academy !== undefined && rng.chance(0.6) ? academy : rng.weighted(openProviders);
    const modules = lessonsFor(rng, competency, level, nextIndex);
    const seconds = modules.reduce((sum, module) => sum + module.lessons.reduce((acc, lesson) => acc + lesson.durationSeconds, 0), 0);
    const lessonTotal = modules.reduce((sum, module) => sum + module.lessons.length, 0);
    const audience = rng.pick(AUDIENCES);
    const subject = competency ? competency.name.toLowerCase() : title.toLowerCase();
    return {
      index,
      slug: `${slugify(title)}-${index + 1}`,
      title,
      titleHi,
      summary: competency
        ? `${subject.charAt(0).toUpperCase()}${subject.slice(1)} for ${audience}, at the ${LEVEL_NAMES[level - 1]?.toLowerCase()} level, in ${lessonTotal} short lessons.`
        : `A short course for ${audience}: ${subject}.`,
      description: `${competency ? `${competency.description} ${competency.levels[level - 1]?.descriptor ?? ""}` : "Practical advice for working life in government."} The course has ${lessonTotal} lessons in ${modules.length} module${modules.length > 1 ? "s" : ""}.`,
      mode: rng.weighted([["ONLINE", 90], ["BLENDED", 7], ["FACE_TO_FACE", 3]] as const),
      language,
      durationMinutes: Math.max(1, Math.ceil(seconds / 60)),
      providerIndex,
      publishedAtMs: (options.firstDay - rng.int(10, 700)) * DAY_MS + rng.int(4, 12) * 3_600_000,
      competencies: tags,
      modules,
    };
  });
  return { providers: [...providers], courses, lessonCount: lessonIndex };
}
