// One demo account per role, for the README, the sign-in page and end-to-end tests.
// Plain-text passwords are deliberate: these accounts exist only in demo and test databases.
import type { Role } from "../../lib/generated/prisma/client";

export type DemoAccount = {
  email: string;
  password: string;
  name: string;
  roles: readonly Role[];
  /** What the scoped grants cover: an organisation code (MDO_ADMIN) or a provider code (CONTENT_PROVIDER). */
  scope: { organisationCode?: string; providerCode?: string };
  status: "ACTIVE" | "SUSPENDED";
  /** Where the official is posted. */
  organisationCode: string | null;
  fracPositionCode: string | null;
  designation: string;
  group: "A" | "B" | "C" | "D";
  serviceCadre: string;
  employeeCode: string;
  /** The language the portal opens in for this official; English unless set. */
  preferredLanguage?: "EN" | "HI";
};

export const DEMO_ACCOUNTS = {
  learner: {
    email: "learner@kaushal.gov.in",
    password: "Learner@123",
    name: "Priya Raghavan",
    roles: ["LEARNER"],
    scope: {},
    status: "ACTIVE",
    organisationCode: "MOF-DOR-CBIC",
    fracPositionCode: "POS-CBIC-GST-AUDIT",
    designation: "Assistant Commissioner",
    group: "A",
    serviceCadre: "IRS (C&IT)",
    employeeCode: "KSL-DEMO-001",
  },
  // An official who reads the portal in Hindi: every learner page opens in Hindi for her.
  hindiLearner: {
    email: "hindi.learner@kaushal.gov.in",
    password: "Hindi@123",
    name: "Sunaina Yadav",
    roles: ["LEARNER"],
    scope: {},
    status: "ACTIVE",
    organisationCode: "MHA-DIS",
    fracPositionCode: "POS-MHA-DIS-ASO",
    designation: "Assistant Section Officer",
    group: "B",
    serviceCadre: "CSS",
    employeeCode: "KSL-DEMO-007",
    preferredLanguage: "HI",
  },
  // The demo learner's reporting officer: the demo learner and the CBIC's other Assistant
  // Commissioners and Under Secretaries report to her (reporting-lines.ts picks the next rank up),
  // so "My team" has people to review and endorse.
  reportingOfficer: {
    email: "reporting.officer@kaushal.gov.in",
    password: "Officer@123",
    name: "Kavita Deshmukh",
    roles: ["LEARNER"],
    scope: {},
    status: "ACTIVE",
    organisationCode: "MOF-DOR-CBIC",
    fracPositionCode: "POS-MOF-DOR-CBIC-GEN-A",
    designation: "Deputy Commissioner",
    group: "A",
    serviceCadre: "IRS (C&IT)",
    employeeCode: "KSL-DEMO-008",
  },
  provider: {
    email: "provider@kaushal.gov.in",
    password: "Provider@123",
    name: "Rohit Verma",
    roles: ["CONTENT_PROVIDER", "LEARNER"],
    scope: { providerCode: "ISTM" },
    status: "ACTIVE",
    organisationCode: "DOPT-ISTM",
    fracPositionCode: "POS-ISTM-TRG",
    designation: "Deputy Director",
    group: "A",
    serviceCadre: "CSS",
    employeeCode: "KSL-DEMO-002",
  },
  mdoAdmin: {
    email: "mdo.admin@kaushal.gov.in",
    password: "MdoAdmin@123",
    name: "Sunita Menon",
    roles: ["MDO_ADMIN", "LEARNER"],
    scope: { organisationCode: "MOF-DOR" },
    status: "ACTIVE",
    organisationCode: "MOF-DOR",
    fracPositionCode: "POS-DOR-US",
    designation: "Deputy Secretary",
    group: "A",
    serviceCadre: "IAS",
    employeeCode: "KSL-DEMO-003",
  },
  // The subject expert for the demo provider's courses, both those written for the Department of
  // Revenue and those for its own institute (ISTM); the demo MDO admin gives the second, MDO
  // approval (seed-studio-review.ts).
  reviewer: {
    email: "reviewer@kaushal.gov.in",
    password: "Reviewer@123",
    name: "Arvind Iyer",
    roles: ["CONTENT_REVIEWER", "LEARNER"],
    scope: {},
    status: "ACTIVE",
    organisationCode: "MOF-DOR",
    fracPositionCode: "POS-DOR-US",
    designation: "Director (Tax Training)",
    group: "A",
    serviceCadre: "IRS (IT)",
    employeeCode: "KSL-DEMO-009",
  },
  analyst: {
    email: "analyst@kaushal.gov.in",
    password: "Analyst@123",
    name: "Karthik Subramanian",
    roles: ["CBC_ANALYST", "LEARNER"],
    scope: {},
    status: "ACTIVE",
    organisationCode: "DOPT-CBC",
    fracPositionCode: "POS-CBC-ANALYST",
    designation: "Deputy Director",
    group: "A",
    serviceCadre: "ISS",
    employeeCode: "KSL-DEMO-004",
  },
  admin: {
    email: "admin@kaushal.gov.in",
    password: "Admin@123",
    name: "Neha Kapoor",
    roles: ["SUPER_ADMIN"],
    scope: {},
    status: "ACTIVE",
    organisationCode: "DOPT-KB",
    fracPositionCode: null,
    designation: "Director (Platform Operations)",
    group: "A",
    serviceCadre: "IAS",
    employeeCode: "KSL-DEMO-005",
  },
  suspended: {
    email: "suspended@kaushal.gov.in",
    password: "Suspended@123",
    name: "Vikram Singh Rathore",
    roles: ["LEARNER"],
    scope: {},
    status: "SUSPENDED",
    organisationCode: "MOF-DOR-CBDT",
    fracPositionCode: "POS-CBDT-AO",
    designation: "Income Tax Officer",
    group: "B",
    serviceCadre: "IRS (IT)",
    employeeCode: "KSL-DEMO-006",
  },
} as const satisfies Record<string, DemoAccount>;

export type DemoAccountKey = keyof typeof DEMO_ACCOUNTS;
