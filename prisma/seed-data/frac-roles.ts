// FRAC roles with their activities and required competency levels, and the posts that carry
// them. Role and activity wording follows the FRAC style: a role is a bundle of activities; each
// activity draws on competencies; a post carries one or more roles.

export type FracRoleSeed = {
  code: string;
  name: string;
  description: string;
  activities: [description: string, competencyCodes: string[]][];
  /** Competency code → required level (1–5). */
  requires: Record<string, number>;
};

export const FRAC_ROLES: FracRoleSeed[] = [
  {
    code: "ROLE-SO-ESTABLISHMENT",
    name: "Section Officer (Establishment)",
    description: "Supervises a section handling establishment matters: postings, leave, APARs, pay and service records.",
    activities: [
      ["Supervises processing of leave, pay fixation and service book entries", ["FUN-HR", "FUN-EOFFICE"]],
      ["Puts up notes on establishment cases with rule positions", ["FUN-NOTING", "BEH-DECISION"]],
      ["Allocates work in the section and monitors pendency", ["BEH-PLANNING", "BEH-LEADERSHIP"]],
      ["Replies to RTI requests and grievances relating to the section", ["DOM-RTI", "FUN-GRIEVANCE"]],
    ],
    requires: { "FUN-HR": 3, "FUN-NOTING": 3, "FUN-EOFFICE": 3, "BEH-PLANNING": 2, "BEH-LEADERSHIP": 2, "BEH-INTEGRITY": 3, "DOM-RTI": 2 },
  },
  {
    code: "ROLE-ASO",
    name: "Assistant Section Officer",
    description: "Examines receipts, puts up notes and drafts and maintains files in a section of the Secretariat.",
    activities: [
      ["Examines receipts and puts up self-contained notes", ["FUN-NOTING", "BEH-PROBLEM"]],
      ["Maintains files and records in e-Office", ["FUN-EOFFICE", "FUN-DIGITAL"]],
      ["Drafts replies, office memoranda and orders", ["FUN-NOTING", "BEH-COMMUNICATION"]],
    ],
    requires: { "FUN-NOTING": 2, "FUN-EOFFICE": 2, "FUN-DIGITAL": 2, "BEH-COMMUNICATION": 2, "BEH-TEAMWORK": 2, "BEH-INTEGRITY": 2 },
  },
  {
    code: "ROLE-US-POLICY",
    name: "Under Secretary (Policy)",
    description: "Heads a policy branch: examines proposals, prepares policy notes and handles parliamentary work.",
    activities: [
      ["Examines policy proposals and prepares notes with options", ["FUN-POLICY", "BEH-DECISION"]],
      ["Handles parliamentary questions and assurances for the branch", ["FUN-PARLIAMENT", "FUN-NOTING"]],
      ["Consults ministries and states on draft proposals", ["FUN-STAKEHOLDER", "BEH-COMMUNICATION"]],
      ["Guides the sections under the branch", ["BEH-LEADERSHIP", "BEH-DELEGATION"]],
    ],
    requires: { "FUN-POLICY": 3, "FUN-PARLIAMENT": 3, "FUN-STAKEHOLDER": 3, "BEH-DECISION": 3, "BEH-COMMUNICATION": 3, "BEH-LEADERSHIP": 3 },
  },
  {
    code: "ROLE-DDO",
    name: "Drawing and Disbursing Officer",
    description: "Draws bills and disburses pay and allowances; accountable for the financial propriety of claims.",
    activities: [
      ["Checks and draws pay, allowance and contingent bills", ["FUN-FINANCE", "BEH-INTEGRITY"]],
      ["Maintains cash and bill registers and reconciles accounts", ["FUN-FINANCE", "BEH-ACCOUNTABILITY"]],
      ["Processes retirement benefits with the pension cell", ["DOM-PENSION"]],
    ],
    requires: { "FUN-FINANCE": 3, "BEH-INTEGRITY": 4, "BEH-ACCOUNTABILITY": 3, "DOM-PENSION": 2 },
  },
  {
    code: "ROLE-PROCUREMENT",
    name: "Procurement Officer",
    description: "Runs the procurement of goods and services for an organisation through GeM and tenders.",
    activities: [
      ["Prepares bid documents and runs procurement on GeM and CPPP", ["FUN-PROCUREMENT", "FUN-DIGITAL"]],
      ["Evaluates bids with the evaluation committee", ["FUN-PROCUREMENT", "BEH-INTEGRITY"]],
      ["Administers contracts after award", ["FUN-CONTRACT", "FUN-FINANCE"]],
    ],
    requires: { "FUN-PROCUREMENT": 4, "FUN-CONTRACT": 3, "FUN-FINANCE": 2, "BEH-INTEGRITY": 4, "BEH-ACCOUNTABILITY": 3 },
  },
  {
    code: "ROLE-CPIO",
    name: "Central Public Information Officer",
    description: "Receives and disposes of requests for information under the RTI Act for a public authority.",
    activities: [
      ["Receives RTI requests and seeks information from holders", ["DOM-RTI", "BEH-PLANNING"]],
      ["Decides disclosure and exemptions with reasons", ["DOM-RTI", "BEH-DECISION"]],
      ["Maintains proactive disclosure under section 4", ["DOM-RTI", "FUN-DIGITAL"]],
    ],
    requires: { "DOM-RTI": 3, "BEH-DECISION": 2, "BEH-CITIZEN": 3, "FUN-NOTING": 2 },
  },
  {
    code: "ROLE-GRIEVANCE",
    name: "Public Grievance Officer",
    description: "Redresses public grievances received on CPGRAMS and other channels within the prescribed time.",
    activities: [
      ["Examines grievances and obtains comments from the concerned units", ["FUN-GRIEVANCE", "BEH-EMPATHY"]],
      ["Disposes of grievances with speaking replies", ["FUN-GRIEVANCE", "BEH-COMMUNICATION"]],
      ["Analyses grievance data to find systemic issues", ["FUN-DATA", "BEH-PROBLEM"]],
    ],
    requires: { "FUN-GRIEVANCE": 3, "BEH-EMPATHY": 3, "BEH-CITIZEN": 3, "BEH-COMMUNICATION": 2, "FUN-DATA": 2 },
  },
  {
    code: "ROLE-GST-OFFICER",
    name: "GST Audit and Scrutiny Officer",
    description: "Scrutinises returns, audits taxpayers and initiates recovery under the GST law.",
    activities: [
      ["Scrutinises returns and flags discrepancies", ["DOM-GST", "FUN-DATA"]],
      ["Conducts audits of registered persons", ["DOM-GST", "BEH-INTEGRITY"]],
      ["Issues show cause notices and adjudicates within limits", ["DOM-GST", "FUN-NOTING", "BEH-DECISION"]],
      ["Assists taxpayers through facilitation camps", ["BEH-CITIZEN"]],
    ],
    requires: { "DOM-GST": 3, "FUN-DATA": 3, "BEH-INTEGRITY": 4, "BEH-DECISION": 3, "FUN-NOTING": 2, "BEH-CITIZEN": 2 },
  },
  {
    code: "ROLE-ASSESSING-OFFICER",
    name: "Assessing Officer (Income Tax)",
    description: "Completes assessments and processes returns and refunds under the Income-tax Act.",
    activities: [
      ["Completes scrutiny assessments in the faceless regime", ["DOM-DIRECTTAX", "BEH-DECISION"]],
      ["Analyses financial information of assessees", ["FUN-DATA", "DOM-DIRECTTAX"]],
      ["Passes speaking orders and handles appeals effect", ["FUN-NOTING", "BEH-ACCOUNTABILITY"]],
    ],
    requires: { "DOM-DIRECTTAX": 4, "FUN-DATA": 3, "BEH-DECISION": 3, "BEH-INTEGRITY": 4, "FUN-NOTING": 3 },
  },
  {
    code: "ROLE-CUSTOMS-APPRAISER",
    name: "Customs Appraiser",
    description: "Assesses imported and exported goods for classification, valuation and duty.",
    activities: [
      ["Assesses bills of entry and shipping bills", ["DOM-CUSTOMS", "BEH-DECISION"]],
      ["Examines goods with the docks officer", ["DOM-CUSTOMS", "BEH-INTEGRITY"]],
    ],
    requires: { "DOM-CUSTOMS": 3, "BEH-INTEGRITY": 4, "BEH-DECISION": 3, "DOM-GST": 2 },
  },
  {
    code: "ROLE-DISASTER-COORD",
    name: "Disaster Response Coordinator",
    description: "Coordinates preparedness and response across agencies under the Incident Response System.",
    activities: [
      ["Prepares and updates disaster management plans", ["DOM-DISASTER", "BEH-PLANNING"]],
      ["Coordinates response agencies during an incident", ["DOM-DISASTER", "FUN-STAKEHOLDER", "BEH-LEADERSHIP"]],
      ["Organises mock drills and community awareness", ["DOM-DISASTER", "FUN-TRAINING"]],
      ["Reports situation updates to the control room", ["BEH-COMMUNICATION", "FUN-DATA"]],
    ],
    requires: { "DOM-DISASTER": 4, "BEH-PLANNING": 3, "BEH-LEADERSHIP": 3, "FUN-STAKEHOLDER": 3, "BEH-COMMUNICATION": 3, "BEH-ADAPTABILITY": 3 },
  },
  {
    code: "ROLE-HEALTH-PROG",
    name: "Public Health Programme Officer",
    description: "Plans, monitors and reviews a national health programme with the states.",
    activities: [
      ["Reviews programme indicators with states", ["DOM-PUBHEALTH", "FUN-MONITORING"]],
      ["Supports outbreak investigation and response", ["DOM-PUBHEALTH", "BEH-DECISION"]],
      ["Prepares programme implementation plans and budgets", ["FUN-FINANCE", "BEH-PLANNING"]],
    ],
    requires: { "DOM-PUBHEALTH": 4, "FUN-MONITORING": 3, "FUN-DATA": 3, "BEH-PLANNING": 3, "FUN-STAKEHOLDER": 2 },
  },
  {
    code: "ROLE-DRUGS-INSPECTOR",
    name: "Drugs Inspector",
    description: "Inspects manufacturing and sale premises and enforces the Drugs and Cosmetics Act.",
    activities: [
      ["Inspects premises for compliance with good manufacturing practice", ["DOM-DRUGREG", "BEH-INTEGRITY"]],
      ["Draws samples and launches prosecutions for substandard drugs", ["DOM-DRUGREG", "FUN-NOTING"]],
    ],
    requires: { "DOM-DRUGREG": 3, "BEH-INTEGRITY": 4, "FUN-NOTING": 2, "BEH-ACCOUNTABILITY": 3 },
  },
  {
    code: "ROLE-CYBER-ANALYST",
    name: "Cyber Security Analyst",
    description: "Monitors government systems for threats and handles cyber security incidents.",
    activities: [
      ["Monitors logs and alerts for security incidents", ["DOM-CYBER", "FUN-DATA"]],
      ["Handles and reports incidents to CERT-In", ["DOM-CYBER", "BEH-DECISION"]],
      ["Conducts security awareness for staff", ["FUN-TRAINING", "BEH-COMMUNICATION"]],
    ],
    requires: { "DOM-CYBER": 4, "FUN-DATA": 3, "FUN-DIGITAL": 4, "BEH-PROBLEM": 3, "BEH-COMMUNICATION": 2 },
  },
  {
    code: "ROLE-STAT-OFFICER",
    name: "Statistical Officer",
    description: "Compiles and analyses official statistics and administrative data for policy.",
    activities: [
      ["Compiles statistical returns from field offices", ["DOM-STATS", "FUN-DATA"]],
      ["Analyses data and prepares statistical reports", ["FUN-DATA", "BEH-COMMUNICATION"]],
    ],
    requires: { "DOM-STATS": 3, "FUN-DATA": 4, "DOM-ECONOMICS": 2, "BEH-COMMUNICATION": 2 },
  },
  {
    code: "ROLE-AGRI-EXTENSION",
    name: "Agricultural Extension Officer",
    description: "Takes research and scheme benefits to farmers through extension programmes.",
    activities: [
      ["Plans and runs farmer training and demonstrations", ["DOM-AGRIEXT", "FUN-TRAINING"]],
      ["Coordinates with KVKs and line departments", ["FUN-STAKEHOLDER", "BEH-TEAMWORK"]],
      ["Monitors scheme outcomes at block level", ["FUN-MONITORING", "FUN-DATA"]],
    ],
    requires: { "DOM-AGRIEXT": 3, "FUN-TRAINING": 3, "FUN-STAKEHOLDER": 2, "BEH-EMPATHY": 3, "FUN-MONITORING": 2 },
  },
  {
    code: "ROLE-TRAINING-COORD",
    name: "Training Coordinator",
    description: "Plans and runs capacity building programmes for an organisation or institute.",
    activities: [
      ["Conducts training needs analysis against the FRAC", ["FUN-TRAINING", "FUN-DATA"]],
      ["Schedules programmes, faculty and venues", ["BEH-PLANNING", "FUN-PROJECT"]],
      ["Evaluates programmes and reports to the Capacity Building Commission", ["FUN-MONITORING", "BEH-COMMUNICATION"]],
    ],
    requires: { "FUN-TRAINING": 4, "BEH-PLANNING": 3, "FUN-PROJECT": 2, "FUN-MONITORING": 3, "BEH-COMMUNICATION": 3 },
  },
  {
    code: "ROLE-OFFLANG-OFFICER",
    name: "Official Language Officer",
    description: "Implements the official language policy and supervises translation work.",
    activities: [
      ["Ensures bilingual issue of documents under section 3(3)", ["DOM-OFFLANG", "FUN-NOTING"]],
      ["Compiles quarterly progress reports and conducts inspections", ["DOM-OFFLANG", "FUN-MONITORING"]],
    ],
    requires: { "DOM-OFFLANG": 3, "FUN-NOTING": 3, "BEH-COMMUNICATION": 3, "FUN-MONITORING": 2 },
  },
];

export type FracPositionSeed = {
  code: string;
  title: string;
  organisationCode: string;
  roleCodes: string[];
  /** Designation and service group of officials posted here. */
  designation: string;
  group: "A" | "B" | "C" | "D";
};

export const FRAC_POSITIONS: FracPositionSeed[] = [
  { code: "POS-DOPT-SO-EST", title: "Section Officer, Establishment-I", organisationCode: "DOPT", roleCodes: ["ROLE-SO-ESTABLISHMENT"], designation: "Section Officer", group: "B" },
  { code: "POS-DOPT-ASO", title: "Assistant Section Officer, Training Division", organisationCode: "DOPT", roleCodes: ["ROLE-ASO"], designation: "Assistant Section Officer", group: "B" },
  { code: "POS-DOPT-US-POL", title: "Under Secretary, Establishment Policy", organisationCode: "DOPT", roleCodes: ["ROLE-US-POLICY", "ROLE-CPIO"], designation: "Under Secretary", group: "A" },
  { code: "POS-DARPG-GRV", title: "Deputy Secretary, Public Grievances", organisationCode: "DARPG", roleCodes: ["ROLE-GRIEVANCE"], designation: "Deputy Secretary", group: "A" },
  { code: "POS-DOPPW-DDO", title: "Drawing and Disbursing Officer", organisationCode: "DOPPW", roleCodes: ["ROLE-DDO"], designation: "Section Officer", group: "B" },
  { code: "POS-ISTM-TRG", title: "Deputy Director (Training)", organisationCode: "DOPT-ISTM", roleCodes: ["ROLE-TRAINING-COORD"], designation: "Deputy Director", group: "A" },
  { code: "POS-LBSNAA-TRG", title: "Deputy Director (Courses)", organisationCode: "DOPT-LBSNAA", roleCodes: ["ROLE-TRAINING-COORD"], designation: "Deputy Director", group: "A" },
  { code: "POS-CBC-ANALYST", title: "Consultant (Capacity Building Analytics)", organisationCode: "DOPT-CBC", roleCodes: ["ROLE-STAT-OFFICER", "ROLE-TRAINING-COORD"], designation: "Deputy Director", group: "A" },
  { code: "POS-CBIC-GST-AUDIT", title: "Assistant Commissioner, GST Audit", organisationCode: "MOF-DOR-CBIC", roleCodes: ["ROLE-GST-OFFICER"], designation: "Assistant Commissioner", group: "A" },
  { code: "POS-CBIC-SUPDT", title: "Superintendent, CGST Range", organisationCode: "MOF-DOR-CBIC", roleCodes: ["ROLE-GST-OFFICER"], designation: "Superintendent", group: "B" },
  { code: "POS-DGGI-IO", title: "Intelligence Officer", organisationCode: "MOF-DOR-CBIC-DGGI", roleCodes: ["ROLE-GST-OFFICER"], designation: "Intelligence Officer", group: "B" },
  { code: "POS-DRI-APPRAISER", title: "Appraiser, Customs", organisationCode: "MOF-DOR-CBIC-DRI", roleCodes: ["ROLE-CUSTOMS-APPRAISER"], designation: "Appraiser", group: "B" },
  { code: "POS-CBDT-AO", title: "Income Tax Officer (Assessment)", organisationCode: "MOF-DOR-CBDT", roleCodes: ["ROLE-ASSESSING-OFFICER"], designation: "Income Tax Officer", group: "B" },
  { code: "POS-CBDT-DCIT", title: "Deputy Commissioner of Income Tax", organisationCode: "MOF-DOR-CBDT", roleCodes: ["ROLE-ASSESSING-OFFICER"], designation: "Deputy Commissioner", group: "A" },
  { code: "POS-DOR-US", title: "Under Secretary, Administration", organisationCode: "MOF-DOR", roleCodes: ["ROLE-US-POLICY", "ROLE-CPIO"], designation: "Under Secretary", group: "A" },
  { code: "POS-DOR-PROC", title: "Section Officer, Procurement Cell", organisationCode: "MOF-DOR", roleCodes: ["ROLE-PROCUREMENT"], designation: "Section Officer", group: "B" },
  { code: "POS-CGA-PAO", title: "Pay and Accounts Officer", organisationCode: "MOF-DOE-CGA", roleCodes: ["ROLE-DDO"], designation: "Pay and Accounts Officer", group: "A" },
  { code: "POS-DEA-ECO", title: "Assistant Director (Economic Division)", organisationCode: "MOF-DEA", roleCodes: ["ROLE-STAT-OFFICER"], designation: "Assistant Director", group: "A" },
  { code: "POS-NDMA-COORD", title: "Senior Consultant (Operations)", organisationCode: "MHA-NDMA", roleCodes: ["ROLE-DISASTER-COORD"], designation: "Joint Advisor", group: "A" },
  { code: "POS-NDRF-OPS", title: "Deputy Commandant (Operations)", organisationCode: "MHA-DIS-NDRF", roleCodes: ["ROLE-DISASTER-COORD"], designation: "Deputy Commandant", group: "A" },
  { code: "POS-MHA-DIS-US", title: "Under Secretary, Internal Security-I", organisationCode: "MHA-DIS", roleCodes: ["ROLE-US-POLICY"], designation: "Under Secretary", group: "A" },
  { code: "POS-MHA-DIS-ASO", title: "Assistant Section Officer, Internal Security-II", organisationCode: "MHA-DIS", roleCodes: ["ROLE-ASO"], designation: "Assistant Section Officer", group: "B" },
  { code: "POS-DOL-OLO", title: "Assistant Director (Official Language)", organisationCode: "MHA-DOL", roleCodes: ["ROLE-OFFLANG-OFFICER"], designation: "Assistant Director", group: "A" },
  { code: "POS-CTB-TRANSLATOR", title: "Senior Translator", organisationCode: "MHA-DOL-CTB", roleCodes: ["ROLE-OFFLANG-OFFICER"], designation: "Senior Translator", group: "B" },
  { code: "POS-DGHS-PROG", title: "Deputy Director General (Public Health)", organisationCode: "MOHFW-DGHS", roleCodes: ["ROLE-HEALTH-PROG"], designation: "Deputy Director General", group: "A" },
  { code: "POS-NCDC-EPI", title: "Epidemiologist, IDSP", organisationCode: "MOHFW-DGHS-NCDC", roleCodes: ["ROLE-HEALTH-PROG"], designation: "Medical Officer", group: "A" },
  { code: "POS-CDSCO-DI", title: "Drugs Inspector", organisationCode: "MOHFW-DGHS-CDSCO", roleCodes: ["ROLE-DRUGS-INSPECTOR"], designation: "Drugs Inspector", group: "B" },
  { code: "POS-MOHFW-PROC", title: "Section Officer, Procurement Support", organisationCode: "MOHFW-DOHFW", roleCodes: ["ROLE-PROCUREMENT"], designation: "Section Officer", group: "B" },
  { code: "POS-MOHFW-GRV", title: "Under Secretary, Public Grievances", organisationCode: "MOHFW-DOHFW", roleCodes: ["ROLE-GRIEVANCE", "ROLE-CPIO"], designation: "Under Secretary", group: "A" },
  { code: "POS-MANAGE-EXT", title: "Deputy Director (Agricultural Extension)", organisationCode: "MOAFW-MANAGE", roleCodes: ["ROLE-AGRI-EXTENSION", "ROLE-TRAINING-COORD"], designation: "Deputy Director", group: "A" },
  { code: "POS-DAFW-EXT", title: "Assistant Commissioner (Extension)", organisationCode: "MOAFW-DAFW", roleCodes: ["ROLE-AGRI-EXTENSION"], designation: "Assistant Commissioner", group: "A" },
  { code: "POS-DES-STAT", title: "Statistical Officer", organisationCode: "MOAFW-DES", roleCodes: ["ROLE-STAT-OFFICER"], designation: "Statistical Officer", group: "B" },
  { code: "POS-CERTIN-ANALYST", title: "Scientist 'C' (Incident Response)", organisationCode: "MEITY-CERTIN", roleCodes: ["ROLE-CYBER-ANALYST"], designation: "Scientist 'C'", group: "A" },
  { code: "POS-NIC-SECURITY", title: "Scientist 'B' (Security Operations)", organisationCode: "MEITY-NIC", roleCodes: ["ROLE-CYBER-ANALYST"], designation: "Scientist 'B'", group: "A" },
  { code: "POS-NEGD-PROC", title: "Manager (Procurement)", organisationCode: "MEITY-NEGD", roleCodes: ["ROLE-PROCUREMENT"], designation: "Manager", group: "A" },
];
