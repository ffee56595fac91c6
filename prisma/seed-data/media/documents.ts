// Text of the demo reading PDFs (see make-documents.ts). Written for the demo from public
// sources such as the RTI Act, 2005, the General Financial Rules, 2017 and the FRAC guidelines.
export type ReadingDocument = {
  file: string;
  title: string;
  subtitle: string;
  sections: { heading: string; paragraphs?: string[]; bullets?: string[] }[];
};

export const DOCUMENTS: ReadingDocument[] = [
  {
    file: "frac-competency-primer.pdf",
    title: "Competencies and the FRAC: a primer",
    subtitle: "Reading notes for officials - Framework of Roles, Activities and Competencies",
    sections: [
      {
        heading: "Why roles, not rules",
        paragraphs: [
          "Mission Karmayogi moves capacity building from a rules-based to a roles-based approach. Each post is described by the roles it carries, the activities those roles involve and the competencies the activities need.",
          "The Framework of Roles, Activities and Competencies (FRAC) is the shared vocabulary for this: ministries, departments and organisations map their posts to it, and training institutions build courses against it.",
        ],
      },
      {
        heading: "Three kinds of competency",
        bullets: [
          "Behavioural competencies describe how an official works: integrity, empathy, decision making, teamwork, communication.",
          "Functional competencies are common to many posts: noting and drafting, public procurement, financial management, project management, data analysis.",
          "Domain competencies belong to a sector: taxation, public health, disaster management, cyber security, land records.",
        ],
      },
      {
        heading: "Five proficiency levels",
        paragraphs: [
          "Every competency is described at five levels, from awareness (level 1) to expert (level 5). A role states the level it requires; the gap between the required level and the level an official has shown is what a capacity building plan sets out to close.",
        ],
      },
      {
        heading: "Evidence in the competency passbook",
        paragraphs: [
          "Completing a course, passing an assessment or a supervisor's assessment adds an entry to the official's competency passbook. The highest level evidenced is the official's current level for that competency.",
        ],
      },
    ],
  },
  {
    file: "rti-act-ready-reckoner.pdf",
    title: "Right to Information Act, 2005: ready reckoner",
    subtitle: "Reading notes for Central Public Information Officers and First Appellate Authorities",
    sections: [
      {
        heading: "Purpose of the Act",
        paragraphs: [
          "The Act gives every citizen the right to information held by or under the control of public authorities, to promote transparency and accountability in their working.",
        ],
      },
      {
        heading: "Time limits",
        bullets: [
          "Reply within 30 days of receipt of the request (section 7(1)).",
          "Within 48 hours where the information concerns the life or liberty of a person.",
          "Add 5 days where the request is received through an Assistant Public Information Officer.",
          "Transfer a request to another public authority within 5 days (section 6(3)).",
          "First appeal lies to the First Appellate Authority within 30 days; second appeal to the Central Information Commission within 90 days.",
        ],
      },
      {
        heading: "Exemptions",
        paragraphs: [
          "Section 8 lists the exemptions, such as information affecting sovereignty and security, cabinet papers before the decision, and personal information with no relationship to public activity. Section 8(2) allows disclosure where the public interest outweighs the harm. Section 10 allows severing exempt parts so the rest can be given.",
        ],
      },
      {
        heading: "Proactive disclosure",
        paragraphs: [
          "Section 4(1)(b) requires every public authority to publish its organisation, functions, powers, norms, budgets and other particulars, and to keep them updated, so that citizens need to file fewer requests.",
        ],
      },
    ],
  },
  {
    file: "public-procurement-handbook.pdf",
    title: "Public procurement under GFR 2017: handbook",
    subtitle: "Reading notes for procurement officers - General Financial Rules, 2017, Chapter 6",
    sections: [
      {
        heading: "Principles",
        paragraphs: [
          "Every authority procuring goods or services in public interest is responsible for efficiency, economy and transparency, for fair and equitable treatment of suppliers and for promoting competition (Rule 144).",
        ],
      },
      {
        heading: "Modes of procurement",
        bullets: [
          "Purchase through the Government e-Marketplace (GeM) is mandatory for goods and services available on it (Rule 149).",
          "Advertised tender enquiry for higher-value procurement, published on the Central Public Procurement Portal.",
          "Limited tender enquiry where the value or urgency justifies it, with reasons recorded.",
          "Single tender enquiry only in the cases the rules allow, such as proprietary items, with reasons recorded.",
        ],
      },
      {
        heading: "Bid security and performance security",
        paragraphs: [
          "Bid security protects against withdrawal of bids; a bid securing declaration may be accepted instead. Performance security is taken from the successful bidder to secure due performance of the contract.",
        ],
      },
      {
        heading: "Records",
        paragraphs: [
          "Keep the reasons for every decision on file: the choice of procurement mode, the evaluation of bids and any deviation. A clean file is the best answer to audit and to a grievance.",
        ],
      },
    ],
  },
  {
    file: "disaster-management-guide.pdf",
    title: "Disaster management: a guide for district and state officers",
    subtitle: "Reading notes - Disaster Management Act, 2005 and the National Disaster Management Plan",
    sections: [
      {
        heading: "Institutional framework",
        bullets: [
          "National Disaster Management Authority (NDMA), chaired by the Prime Minister, lays down policies, plans and guidelines.",
          "State and District Disaster Management Authorities prepare and implement state and district plans.",
          "The National Disaster Response Force (NDRF) provides specialised response.",
          "The National Institute of Disaster Management (NIDM) is responsible for training and research.",
        ],
      },
      {
        heading: "The disaster management cycle",
        paragraphs: [
          "Mitigation and preparedness before an event, response and relief during it, and recovery and reconstruction after it. The Sendai Framework asks that recovery builds back better.",
        ],
      },
      {
        heading: "Incident Response System",
        paragraphs: [
          "The Incident Response System assigns clear roles - a responsible officer, an incident commander, operations, planning and logistics sections - so that agencies coordinate under one command.",
        ],
      },
    ],
  },
];
