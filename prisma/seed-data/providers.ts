// Content providers: national training institutes, a university and an independent expert.
import type { ProviderKind } from "../../lib/generated/prisma/client";

export type ProviderSeed = {
  code: string;
  name: string;
  kind: ProviderKind;
  description: string;
  website: string | null;
  organisationCode: string | null;
};

export const PROVIDERS: ProviderSeed[] = [
  { code: "LBSNAA", name: "Lal Bahadur Shastri National Academy of Administration", kind: "TRAINING_INSTITUTE", description: "The premier training institute for the civil services, Mussoorie.", website: "https://www.lbsnaa.gov.in", organisationCode: "DOPT-LBSNAA" },
  { code: "ISTM", name: "Institute of Secretariat Training and Management", kind: "TRAINING_INSTITUTE", description: "Trains officers and staff of the Central Secretariat in office procedure, finance and management, New Delhi.", website: "https://istm.gov.in", organisationCode: "DOPT-ISTM" },
  { code: "NIFM", name: "National Institute of Financial Management", kind: "TRAINING_INSTITUTE", description: "Training and research in public financial management for the finance and accounts services, Faridabad.", website: "https://nifm.ac.in", organisationCode: "MOF-DOE-NIFM" },
  { code: "NIDM", name: "National Institute of Disaster Management", kind: "TRAINING_INSTITUTE", description: "The national institute for training and research in disaster management under the Disaster Management Act, 2005.", website: "https://nidm.gov.in", organisationCode: "MHA-NIDM" },
  { code: "IIPA", name: "Indian Institute of Public Administration", kind: "TRAINING_INSTITUTE", description: "An autonomous institute for research and training in public administration, New Delhi.", website: "https://www.iipa.org.in", organisationCode: null },
  { code: "NIHFW", name: "National Institute of Health and Family Welfare", kind: "MINISTRY_ACADEMY", description: "The apex technical institute of the Ministry of Health and Family Welfare for training in public health.", website: "https://www.nihfw.org", organisationCode: "MOHFW-NIHFW" },
  { code: "MANAGE", name: "National Institute of Agricultural Extension Management", kind: "MINISTRY_ACADEMY", description: "Training and research in agricultural extension management, Hyderabad.", website: "https://www.manage.gov.in", organisationCode: "MOAFW-MANAGE" },
  { code: "IGNOU", name: "Indira Gandhi National Open University", kind: "UNIVERSITY", description: "The national open university, offering certificate programmes for in-service officials.", website: "https://www.ignou.ac.in", organisationCode: null },
  { code: "EXPERT-RMENON", name: "Dr. Radhika Menon (Independent Expert)", kind: "EXPERT", description: "A retired Additional Secretary who teaches public policy and ethics in governance.", website: null, organisationCode: null },
];
