import type { FrameworkSnapshot, StateCompetency } from "./framework-state";

// A small framework for the unit tests: three competencies, two roles, two posts. Descriptors
// include the awkward cases — a leading "-" (formula-like), a comma, quotes, a line break, Hindi.

const levels = (name: string) =>
  [1, 2, 3, 4, 5].map((level) => ({ level, name: `${name} L${level}`, descriptor: `Shows ${name.toLowerCase()} at level ${level}.` }));

export const INTEGRITY: StateCompetency = {
  key: "BEH-INTEGRITY",
  code: "BEH-INTEGRITY",
  name: "Integrity",
  nameHi: "सत्यनिष्ठा",
  type: "BEHAVIOURAL",
  area: "Ethics and values",
  description: 'Acts honestly, "transparently", and in line with the Conduct Rules.',
  levels: levels("Integrity").map((level) => (level.level === 2 ? { ...level, descriptor: "- declares conflicts of interest\n- records reasons" } : level)),
};

export const NOTING: StateCompetency = {
  key: "FUN-NOTING",
  code: "FUN-NOTING",
  name: "Noting and Drafting",
  nameHi: null,
  type: "FUNCTIONAL",
  area: "Office procedure",
  description: "Writes clear notes; drafts letters.",
  levels: levels("Noting"),
};

export const RTI: StateCompetency = {
  key: "DOM-RTI",
  code: "DOM-RTI",
  name: "Right to Information",
  nameHi: "सूचना का अधिकार",
  type: "DOMAIN",
  area: "Transparency",
  description: "=Applies the RTI Act, 2005.",
  levels: levels("RTI"),
};

export function sampleSnapshot(): FrameworkSnapshot {
  return {
    framework: { id: "fw-1", code: "FRAC-2021", name: "FRAC competency dictionary", description: "Roles, activities and competencies.", activatedAt: new Date("2026-01-01T00:00:00Z") },
    competencies: [structuredClone(INTEGRITY), structuredClone(NOTING), structuredClone(RTI)],
    roles: [
      {
        code: "ROLE-ASO",
        name: "Assistant Section Officer",
        description: "Examines receipts and puts up notes.",
        activities: [
          { description: "Puts up self-contained notes", competencies: ["FUN-NOTING"] },
          { description: "Replies to RTI requests", competencies: ["BEH-INTEGRITY", "DOM-RTI"] },
        ],
        requirements: [
          { competency: "BEH-INTEGRITY", level: 2 },
          { competency: "FUN-NOTING", level: 3 },
        ],
      },
      {
        code: "ROLE-CPIO",
        name: "Central Public Information Officer",
        description: "Decides RTI requests.",
        activities: [],
        requirements: [{ competency: "DOM-RTI", level: 3 }],
      },
    ],
    posts: [
      { code: "POS-DOPT-ASO", title: "Assistant Section Officer, Training", description: null, organisation: "DOPT", roles: ["ROLE-ASO"] },
      { code: "POS-DOPT-US", title: "Under Secretary", description: "Policy, and RTI.", organisation: "DOPT", roles: ["ROLE-ASO", "ROLE-CPIO"] },
    ],
    organisationCodes: ["DOPT", "DARPG"],
    reservedCompetencyCodes: [],
  };
}
