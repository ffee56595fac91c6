// The ministries of the synthetic government, largest first: real names (and Hindi names) of
// Union ministries and a few constitutional bodies, each with the domain its specialists work
// in, its departments and the kinds of field office it runs. Sizes follow the rank (Zipf-like),
// so a few ministries — railways, home, defence, finance — hold most officials, as in India.
// The six ministries of the demo seed keep their own subtrees (prisma/seed-data/organisations.ts)
// and name, for their field offices, the node each kind of office sits under.

export type DomainSpec =
  /** A competency of the seed dictionary. */
  | { code: string }
  /** A competency made for this ministry. */
  | { code: string; name: string; nameHi: string; area: string };

/** Field offices of one kind: their name, the node they hang under, and how many (relative). */
export type FieldUnitSpec = { label: string; parentCode?: string; weight?: number };

export type MinistrySpec = {
  code: string;
  name: string;
  nameHi: string;
  /** Whether its subtree comes from the demo seed's organisation tree. */
  isSeeded?: boolean;
  domain: DomainSpec;
  departments?: readonly (readonly [code: string, name: string, nameHi: string])[];
  fieldUnits: readonly FieldUnitSpec[];
  /** Group A services of its officials. */
  cadres: readonly string[];
  /** Designations of its specialist posts by group. */
  designations?: { A?: string; B?: string; C?: string };
};

const generic = (...labels: string[]): FieldUnitSpec[] => labels.map((label) => ({ label }));

export const MINISTRIES: readonly MinistrySpec[] = [
  {
    code: "MOR", name: "Ministry of Railways", nameHi: "रेल मंत्रालय",
    domain: { code: "DOM-MOR", name: "Railway Operations", nameHi: "रेल परिचालन", area: "Transport" },
    departments: [["MOR-RB", "Railway Board", "रेलवे बोर्ड"]],
    fieldUnits: generic("Zonal Railway Headquarters", "Divisional Railway Office", "Railway Workshop", "Coaching Depot", "Zonal Railway Training Institute"),
    cadres: ["IRMS", "IRSE", "IRSME", "IRAS"],
    designations: { A: "Divisional Operations Manager", B: "Station Master", C: "Commercial Clerk" },
  },
  {
    code: "MHA", name: "Ministry of Home Affairs", nameHi: "गृह मंत्रालय", isSeeded: true,
    domain: { code: "DOM-POLICING" },
    fieldUnits: [
      { label: "Group Centre, CRPF", parentCode: "MHA-DIS-CRPF", weight: 3 },
      { label: "Battalion Headquarters, CRPF", parentCode: "MHA-DIS-CRPF", weight: 5 },
      { label: "Subsidiary Intelligence Bureau", parentCode: "MHA-DIS-IB", weight: 2 },
      { label: "NDRF Battalion", parentCode: "MHA-DIS-NDRF", weight: 1 },
      { label: "Integrated Check Post", parentCode: "MHA-DBM-LPAI", weight: 0.5 },
      { label: "Regional Implementation Office", parentCode: "MHA-DOL", weight: 0.5 },
    ],
    cadres: ["IPS", "IAS", "CSS"],
    designations: { A: "Assistant Commandant", B: "Inspector", C: "Head Constable (Ministerial)" },
  },
  {
    code: "MOD", name: "Ministry of Defence", nameHi: "रक्षा मंत्रालय",
    domain: { code: "DOM-MOD", name: "Defence Administration", nameHi: "रक्षा प्रशासन", area: "Defence" },
    departments: [
      ["MOD-DOD", "Department of Defence", "रक्षा विभाग"],
      ["MOD-DDP", "Department of Defence Production", "रक्षा उत्पादन विभाग"],
      ["MOD-DRD", "Department of Defence Research and Development", "रक्षा अनुसंधान एवं विकास विभाग"],
      ["MOD-DESW", "Department of Ex-Servicemen Welfare", "पूर्व सैनिक कल्याण विभाग"],
    ],
    fieldUnits: generic("Controller of Defence Accounts", "Military Engineer Services Zone", "Ordnance Depot", "Defence Estates Office", "Defence Laboratory"),
    cadres: ["IDAS", "IDES", "IOFS", "CSS"],
  },
  {
    code: "MOF", name: "Ministry of Finance", nameHi: "वित्त मंत्रालय", isSeeded: true,
    domain: { code: "DOM-GST" },
    fieldUnits: [
      { label: "CGST Commissionerate", parentCode: "MOF-DOR-CBIC", weight: 3 },
      { label: "Customs Commissionerate", parentCode: "MOF-DOR-CBIC", weight: 1.5 },
      { label: "GST Audit Commissionerate", parentCode: "MOF-DOR-CBIC", weight: 1 },
      { label: "Principal Commissioner of Income Tax", parentCode: "MOF-DOR-CBDT", weight: 2.5 },
      { label: "Income Tax Office", parentCode: "MOF-DOR-CBDT", weight: 2 },
      { label: "DGGI Zonal Unit", parentCode: "MOF-DOR-CBIC-DGGI", weight: 0.6 },
      { label: "DRI Regional Unit", parentCode: "MOF-DOR-CBIC-DRI", weight: 0.4 },
      { label: "Pay and Accounts Office", parentCode: "MOF-DOE-CGA", weight: 0.6 },
    ],
    cadres: ["IRS (C&IT)", "IRS (IT)", "ICAS", "IES"],
  },
  {
    code: "MOC", name: "Ministry of Communications", nameHi: "संचार मंत्रालय",
    domain: { code: "DOM-MOC", name: "Postal Operations", nameHi: "डाक परिचालन", area: "Communications" },
    departments: [["MOC-DOP", "Department of Posts", "डाक विभाग"], ["MOC-DOT", "Department of Telecommunications", "दूरसंचार विभाग"]],
    fieldUnits: generic("Postal Circle Office", "Head Post Office", "Postal Division", "Telecom Field Unit"),
    cadres: ["IPoS", "ITS"],
    designations: { A: "Senior Superintendent of Post Offices", B: "Postmaster", C: "Postal Assistant" },
  },
  {
    code: "MOHFW", name: "Ministry of Health and Family Welfare", nameHi: "स्वास्थ्य और परिवार कल्याण मंत्रालय", isSeeded: true,
    domain: { code: "DOM-PUBHEALTH" },
    fieldUnits: [
      { label: "CGHS Wellness Centre", parentCode: "MOHFW-DGHS", weight: 3 },
      { label: "Regional Office of Health and Family Welfare", parentCode: "MOHFW-DGHS", weight: 1 },
      { label: "CDSCO Zonal Office", parentCode: "MOHFW-DGHS-CDSCO", weight: 0.7 },
      { label: "ICMR Institute", parentCode: "MOHFW-DHR-ICMR", weight: 1.5 },
      { label: "NCDC Branch", parentCode: "MOHFW-DGHS-NCDC", weight: 0.5 },
    ],
    cadres: ["CHS", "IAS", "CSS"],
    designations: { A: "Chief Medical Officer", B: "Nursing Superintendent", C: "Pharmacist" },
  },
  {
    code: "IAAD", name: "Indian Audit and Accounts Department", nameHi: "भारतीय लेखापरीक्षा और लेखा विभाग",
    domain: { code: "DOM-IAAD", name: "Government Audit", nameHi: "सरकारी लेखापरीक्षा", area: "Audit" },
    fieldUnits: generic("Office of the Accountant General", "Office of the Principal Director of Audit", "Regional Training Institute"),
    cadres: ["IA&AS"],
    designations: { A: "Deputy Accountant General", B: "Assistant Audit Officer", C: "Auditor" },
  },
  {
    code: "MOE", name: "Ministry of Education", nameHi: "शिक्षा मंत्रालय",
    domain: { code: "DOM-MOE", name: "Education Administration", nameHi: "शिक्षा प्रशासन", area: "Education" },
    departments: [
      ["MOE-DSEL", "Department of School Education and Literacy", "स्कूल शिक्षा और साक्षरता विभाग"],
      ["MOE-DHE", "Department of Higher Education", "उच्चतर शिक्षा विभाग"],
    ],
    fieldUnits: generic("Kendriya Vidyalaya Sangathan Regional Office", "Navodaya Vidyalaya Samiti Regional Office", "Board of Apprenticeship Training"),
    cadres: ["IAS", "CSS"],
    designations: { A: "Assistant Commissioner", B: "Principal", C: "Upper Division Clerk" },
  },
  {
    code: "MOAFW", name: "Ministry of Agriculture and Farmers Welfare", nameHi: "कृषि एवं किसान कल्याण मंत्रालय", isSeeded: true,
    domain: { code: "DOM-AGRIEXT" },
    fieldUnits: [
      { label: "Directorate of Extension Regional Centre", parentCode: "MOAFW-DAFW", weight: 1 },
      { label: "Plant Quarantine Station", parentCode: "MOAFW-DAFW", weight: 1 },
      { label: "ICAR Research Institute", parentCode: "MOAFW-ICAR", weight: 2 },
      { label: "Krishi Vigyan Kendra", parentCode: "MOAFW-ICAR", weight: 2 },
      { label: "Regional Statistics Unit", parentCode: "MOAFW-DES", weight: 0.5 },
    ],
    cadres: ["ARS", "ISS", "IAS", "CSS"],
  },
  {
    code: "MOHUA", name: "Ministry of Housing and Urban Affairs", nameHi: "आवासन और शहरी कार्य मंत्रालय",
    domain: { code: "DOM-MOHUA", name: "Urban Planning", nameHi: "शहरी नियोजन", area: "Urban development" },
    fieldUnits: generic("CPWD Zone", "CPWD Circle", "Directorate of Estates Regional Office"),
    cadres: ["CES", "IAS", "CSS"],
    designations: { A: "Executive Engineer", B: "Assistant Engineer", C: "Junior Engineer" },
  },
  {
    code: "MOLE", name: "Ministry of Labour and Employment", nameHi: "श्रम और रोजगार मंत्रालय",
    domain: { code: "DOM-MOLE", name: "Labour Welfare and Enforcement", nameHi: "श्रम कल्याण और प्रवर्तन", area: "Labour" },
    fieldUnits: generic("Regional Labour Commissioner", "EPFO Regional Office", "ESIC Regional Office"),
    cadres: ["CLS", "IAS"],
    designations: { A: "Regional Provident Fund Commissioner", B: "Enforcement Officer", C: "Social Security Assistant" },
  },
  {
    code: "MEA", name: "Ministry of External Affairs", nameHi: "विदेश मंत्रालय",
    domain: { code: "DOM-MEA", name: "Consular and Passport Services", nameHi: "कांसुलर और पासपोर्ट सेवाएं", area: "External affairs" },
    fieldUnits: generic("Regional Passport Office", "Passport Seva Kendra", "Branch Secretariat"),
    cadres: ["IFS", "IFS(B)"],
    designations: { A: "Regional Passport Officer", B: "Superintendent (Passport)", C: "Passport Assistant" },
  },
  {
    code: "MOJS", name: "Ministry of Jal Shakti", nameHi: "जल शक्ति मंत्रालय",
    domain: { code: "DOM-MOJS", name: "Water Resources Management", nameHi: "जल संसाधन प्रबंधन", area: "Water" },
    departments: [
      ["MOJS-DWR", "Department of Water Resources, River Development and Ganga Rejuvenation", "जल संसाधन, नदी विकास और गंगा संरक्षण विभाग"],
      ["MOJS-DDWS", "Department of Drinking Water and Sanitation", "पेयजल और स्वच्छता विभाग"],
    ],
    fieldUnits: generic("Central Water Commission Circle", "Central Ground Water Board Region", "Flood Forecasting Division"),
    cadres: ["CWES", "IAS"],
    designations: { A: "Executive Engineer", B: "Assistant Engineer", C: "Junior Engineer" },
  },
  {
    code: "MOES", name: "Ministry of Earth Sciences", nameHi: "पृथ्वी विज्ञान मंत्रालय",
    domain: { code: "DOM-MOES", name: "Weather Forecasting", nameHi: "मौसम पूर्वानुमान", area: "Science" },
    fieldUnits: generic("Regional Meteorological Centre", "Meteorological Centre", "Ocean Observation Centre"),
    cadres: ["Scientific (S&T)"],
    designations: { A: "Scientist 'D'", B: "Meteorologist", C: "Scientific Assistant" },
  },
  {
    code: "DAE", name: "Department of Atomic Energy", nameHi: "परमाणु ऊर्जा विभाग",
    domain: { code: "DOM-DAE", name: "Nuclear Safety", nameHi: "परमाणु सुरक्षा", area: "Science" },
    fieldUnits: generic("Research Centre", "Atomic Minerals Directorate Regional Centre", "Heavy Water Plant"),
    cadres: ["Scientific (S&T)"],
    designations: { A: "Scientific Officer 'E'", B: "Technical Officer", C: "Scientific Assistant" },
  },
  {
    code: "DOS", name: "Department of Space", nameHi: "अंतरिक्ष विभाग",
    domain: { code: "DOM-DOS", name: "Space Applications", nameHi: "अंतरिक्ष अनुप्रयोग", area: "Science" },
    fieldUnits: generic("ISRO Centre", "Regional Remote Sensing Centre"),
    cadres: ["Scientific (S&T)"],
    designations: { A: "Scientist 'SD'", B: "Technical Officer", C: "Technical Assistant" },
  },
  {
    code: "MOST", name: "Ministry of Science and Technology", nameHi: "विज्ञान और प्रौद्योगिकी मंत्रालय",
    domain: { code: "DOM-MOST", name: "Research Administration", nameHi: "अनुसंधान प्रशासन", area: "Science" },
    departments: [
      ["MOST-DST", "Department of Science and Technology", "विज्ञान और प्रौद्योगिकी विभाग"],
      ["MOST-DBT", "Department of Biotechnology", "जैव प्रौद्योगिकी विभाग"],
      ["MOST-DSIR", "Department of Scientific and Industrial Research", "वैज्ञानिक और औद्योगिक अनुसंधान विभाग"],
    ],
    fieldUnits: generic("CSIR Laboratory", "Autonomous Research Institute", "Survey of India Directorate"),
    cadres: ["Scientific (S&T)", "IAS"],
  },
  {
    code: "MORTH", name: "Ministry of Road Transport and Highways", nameHi: "सड़क परिवहन और राजमार्ग मंत्रालय",
    domain: { code: "DOM-MORTH", name: "Highway Engineering", nameHi: "राजमार्ग अभियांत्रिकी", area: "Transport" },
    fieldUnits: generic("Regional Office", "Project Implementation Unit"),
    cadres: ["CES (Roads)", "IAS"],
    designations: { A: "Superintending Engineer", B: "Assistant Executive Engineer", C: "Junior Engineer" },
  },
  {
    code: "MOCAFPD", name: "Ministry of Consumer Affairs, Food and Public Distribution", nameHi: "उपभोक्ता मामले, खाद्य और सार्वजनिक वितरण मंत्रालय",
    domain: { code: "DOM-MOCAFPD", name: "Public Distribution System", nameHi: "सार्वजनिक वितरण प्रणाली", area: "Food" },
    departments: [
      ["MOCAFPD-DOCA", "Department of Consumer Affairs", "उपभोक्ता मामले विभाग"],
      ["MOCAFPD-DFPD", "Department of Food and Public Distribution", "खाद्य और सार्वजनिक वितरण विभाग"],
    ],
    fieldUnits: generic("Regional Reference Standards Laboratory", "Storage and Research Division", "Regional Food Office"),
    cadres: ["IAS", "CSS"],
  },
  {
    code: "MOCI", name: "Ministry of Commerce and Industry", nameHi: "वाणिज्य और उद्योग मंत्रालय",
    domain: { code: "DOM-MOCI", name: "Trade Policy", nameHi: "व्यापार नीति", area: "Economy" },
    departments: [
      ["MOCI-DOC", "Department of Commerce", "वाणिज्य विभाग"],
      ["MOCI-DPIIT", "Department for Promotion of Industry and Internal Trade", "उद्योग संवर्धन और आंतरिक व्यापार विभाग"],
    ],
    fieldUnits: generic("DGFT Regional Authority", "Special Economic Zone Office", "Patent Office"),
    cadres: ["ITS (Trade)", "IAS", "CSS"],
  },
  {
    code: "MOEFCC", name: "Ministry of Environment, Forest and Climate Change", nameHi: "पर्यावरण, वन और जलवायु परिवर्तन मंत्रालय",
    domain: { code: "DOM-MOEFCC", name: "Environmental Regulation", nameHi: "पर्यावरण विनियमन", area: "Environment" },
    fieldUnits: generic("Integrated Regional Office", "Botanical Survey Regional Centre", "Zoological Survey Regional Centre"),
    cadres: ["IFoS", "IAS"],
  },
  {
    code: "MOIB", name: "Ministry of Information and Broadcasting", nameHi: "सूचना और प्रसारण मंत्रालय",
    domain: { code: "DOM-MOIB", name: "Broadcasting and Media Regulation", nameHi: "प्रसारण और मीडिया विनियमन", area: "Media" },
    fieldUnits: generic("Press Information Bureau Regional Office", "Central Bureau of Communication Field Office", "Doordarshan Kendra", "Akashvani Station"),
    cadres: ["IIS"],
  },
  {
    code: "MORD", name: "Ministry of Rural Development", nameHi: "ग्रामीण विकास मंत्रालय",
    domain: { code: "DOM-MORD", name: "Rural Development Programmes", nameHi: "ग्रामीण विकास कार्यक्रम", area: "Rural development" },
    departments: [["MORD-DORD", "Department of Rural Development", "ग्रामीण विकास विभाग"], ["MORD-DOLR", "Department of Land Resources", "भूमि संसाधन विभाग"]],
    fieldUnits: generic("State Institute of Rural Development", "Regional Monitoring Unit"),
    cadres: ["IAS", "CSS"],
  },
  {
    code: "MOCA", name: "Ministry of Civil Aviation", nameHi: "नागरिक उड्डयन मंत्रालय",
    domain: { code: "DOM-MOCA", name: "Aviation Safety and Regulation", nameHi: "विमानन सुरक्षा और विनियमन", area: "Transport" },
    fieldUnits: generic("DGCA Regional Office", "BCAS Regional Office", "Airport Health Office"),
    cadres: ["IAS", "CSS"],
  },
  {
    code: "MOSPI", name: "Ministry of Statistics and Programme Implementation", nameHi: "सांख्यिकी और कार्यक्रम कार्यान्वयन मंत्रालय",
    domain: { code: "DOM-MOSPI", name: "Survey Operations", nameHi: "सर्वेक्षण संचालन", area: "Economy" },
    fieldUnits: generic("NSO Regional Office", "NSO Sub-Regional Office"),
    cadres: ["ISS", "SSS"],
  },
  {
    code: "MOCUL", name: "Ministry of Culture", nameHi: "संस्कृति मंत्रालय",
    domain: { code: "DOM-MOCUL", name: "Heritage Conservation", nameHi: "विरासत संरक्षण", area: "Culture" },
    fieldUnits: generic("Archaeological Survey Circle", "National Museum Office", "Zonal Cultural Centre"),
    cadres: ["IAS", "CSS"],
  },
  {
    code: "MEITY", name: "Ministry of Electronics and Information Technology", nameHi: "इलेक्ट्रॉनिकी और सूचना प्रौद्योगिकी मंत्रालय", isSeeded: true,
    domain: { code: "DOM-CYBER" },
    fieldUnits: [
      { label: "NIC State Centre", parentCode: "MEITY-NIC", weight: 3 },
      { label: "NIC District Centre", parentCode: "MEITY-NIC", weight: 2 },
      { label: "STQC Laboratory", parentCode: "MEITY", weight: 1 },
    ],
    cadres: ["IAS", "ITS", "CSS", "Scientific (S&T)"],
  },
  {
    code: "MOPPGP", name: "Ministry of Personnel, Public Grievances and Pensions", nameHi: "कार्मिक, लोक शिकायत तथा पेंशन मंत्रालय", isSeeded: true,
    domain: { code: "FUN-HR" },
    fieldUnits: [
      { label: "SSC Regional Office", parentCode: "DOPT-SSC", weight: 2 },
      { label: "CBI Branch", parentCode: "DOPT", weight: 2 },
    ],
    cadres: ["IAS", "CSS", "IRS (IT)"],
  },
  {
    code: "MOPSW", name: "Ministry of Ports, Shipping and Waterways", nameHi: "पत्तन, पोत परिवहन और जलमार्ग मंत्रालय",
    domain: { code: "DOM-MOPSW", name: "Maritime Administration", nameHi: "समुद्री प्रशासन", area: "Transport" },
    fieldUnits: generic("Mercantile Marine Department", "Directorate of Lighthouses", "Port Health Organisation"),
    cadres: ["IAS", "CSS"],
  },
  {
    code: "MOFAHD", name: "Ministry of Fisheries, Animal Husbandry and Dairying", nameHi: "मत्स्यपालन, पशुपालन और डेयरी मंत्रालय",
    domain: { code: "DOM-MOFAHD", name: "Animal Husbandry", nameHi: "पशुपालन", area: "Agriculture" },
    departments: [["MOFAHD-DOF", "Department of Fisheries", "मत्स्यपालन विभाग"], ["MOFAHD-DAHD", "Department of Animal Husbandry and Dairying", "पशुपालन और डेयरी विभाग"]],
    fieldUnits: generic("Central Cattle Breeding Farm", "Fishery Survey Base", "Regional Disease Diagnostic Laboratory"),
    cadres: ["IAS", "CSS"],
  },
  {
    code: "MOP", name: "Ministry of Power", nameHi: "विद्युत मंत्रालय",
    domain: { code: "DOM-MOP", name: "Power Sector Regulation", nameHi: "विद्युत क्षेत्र विनियमन", area: "Energy" },
    fieldUnits: generic("Regional Inspectorial Organisation", "National Power Training Institute Centre", "Regional Power Committee"),
    cadres: ["CPES", "IAS"],
  },
  {
    code: "MOPNG", name: "Ministry of Petroleum and Natural Gas", nameHi: "पेट्रोलियम और प्राकृतिक गैस मंत्रालय",
    domain: { code: "DOM-MOPNG", name: "Petroleum Regulation", nameHi: "पेट्रोलियम विनियमन", area: "Energy" },
    fieldUnits: generic("Petroleum Conservation Regional Office", "Regional Office"),
    cadres: ["IAS", "CSS"],
  },
  {
    code: "MOSJE", name: "Ministry of Social Justice and Empowerment", nameHi: "सामाजिक न्याय और अधिकारिता मंत्रालय",
    domain: { code: "DOM-MOSJE", name: "Social Welfare Administration", nameHi: "समाज कल्याण प्रशासन", area: "Social sector" },
    departments: [
      ["MOSJE-DOSJE", "Department of Social Justice and Empowerment", "सामाजिक न्याय और अधिकारिता विभाग"],
      ["MOSJE-DEPWD", "Department of Empowerment of Persons with Disabilities", "दिव्यांगजन सशक्तिकरण विभाग"],
    ],
    fieldUnits: generic("National Institute", "Composite Regional Centre"),
    cadres: ["IAS", "CSS"],
  },
  {
    code: "MWCD", name: "Ministry of Women and Child Development", nameHi: "महिला एवं बाल विकास मंत्रालय",
    domain: { code: "DOM-MWCD", name: "Child Development Services", nameHi: "बाल विकास सेवाएं", area: "Social sector" },
    fieldUnits: generic("Regional Centre", "Regional Resource Centre"),
    cadres: ["IAS", "CSS"],
  },
  {
    code: "MOT", name: "Ministry of Textiles", nameHi: "वस्त्र मंत्रालय",
    domain: { code: "DOM-MOT", name: "Textile Development", nameHi: "वस्त्र विकास", area: "Industry" },
    fieldUnits: generic("Weavers' Service Centre", "Textile Commissioner's Regional Office"),
    cadres: ["IAS", "CSS"],
  },
  {
    code: "MOMINES", name: "Ministry of Mines", nameHi: "खान मंत्रालय",
    domain: { code: "DOM-MOMINES", name: "Mineral Administration", nameHi: "खनिज प्रशासन", area: "Mining" },
    fieldUnits: generic("Geological Survey Regional Office", "Indian Bureau of Mines Regional Office"),
    cadres: ["GSI (Geology)", "IAS"],
  },
  {
    code: "MOCOAL", name: "Ministry of Coal", nameHi: "कोयला मंत्रालय",
    domain: { code: "DOM-MOCOAL", name: "Coal Mining Regulation", nameHi: "कोयला खनन विनियमन", area: "Mining" },
    fieldUnits: generic("Coal Controller Regional Office", "Coal Mines Provident Fund Regional Office"),
    cadres: ["IAS", "CSS"],
  },
  {
    code: "MOSDE", name: "Ministry of Skill Development and Entrepreneurship", nameHi: "कौशल विकास और उद्यमशीलता मंत्रालय",
    domain: { code: "DOM-MOSDE", name: "Vocational Training", nameHi: "व्यावसायिक प्रशिक्षण", area: "Skills" },
    fieldUnits: generic("National Skill Training Institute", "Regional Directorate of Skill Development"),
    cadres: ["IAS", "CSS"],
  },
  {
    code: "MOLJ", name: "Ministry of Law and Justice", nameHi: "विधि और न्याय मंत्रालय",
    domain: { code: "DOM-MOLJ", name: "Legislative Drafting", nameHi: "विधायी प्रारूपण", area: "Governance and law" },
    departments: [
      ["MOLJ-DLA", "Department of Legal Affairs", "विधि कार्य विभाग"],
      ["MOLJ-LD", "Legislative Department", "विधायी विभाग"],
      ["MOLJ-DOJ", "Department of Justice", "न्याय विभाग"],
    ],
    fieldUnits: generic("Branch Secretariat", "Income Tax Appellate Tribunal Bench"),
    cadres: ["ILS", "CSS"],
  },
  {
    code: "MOYAS", name: "Ministry of Youth Affairs and Sports", nameHi: "युवा कार्यक्रम और खेल मंत्रालय",
    domain: { code: "DOM-MOYAS", name: "Sports Administration", nameHi: "खेल प्रशासन", area: "Youth and sports" },
    departments: [["MOYAS-DOYA", "Department of Youth Affairs", "युवा कार्यक्रम विभाग"], ["MOYAS-DOS", "Department of Sports", "खेल विभाग"]],
    fieldUnits: generic("SAI Regional Centre", "Nehru Yuva Kendra"),
    cadres: ["IAS", "CSS"],
  },
  {
    code: "MOCORP", name: "Ministry of Corporate Affairs", nameHi: "कॉर्पोरेट कार्य मंत्रालय",
    domain: { code: "DOM-MOCORP", name: "Company Law Administration", nameHi: "कंपनी विधि प्रशासन", area: "Economy" },
    fieldUnits: generic("Registrar of Companies", "Regional Director's Office"),
    cadres: ["ICLS", "CSS"],
  },
  {
    code: "MOMSME", name: "Ministry of Micro, Small and Medium Enterprises", nameHi: "सूक्ष्म, लघु और मध्यम उद्यम मंत्रालय",
    domain: { code: "DOM-MOMSME", name: "Enterprise Development", nameHi: "उद्यम विकास", area: "Industry" },
    fieldUnits: generic("MSME Development and Facilitation Office", "MSME Technology Centre"),
    cadres: ["IEDS", "IAS"],
  },
  {
    code: "MOTOURISM", name: "Ministry of Tourism", nameHi: "पर्यटन मंत्रालय",
    domain: { code: "DOM-MOTOURISM", name: "Tourism Promotion", nameHi: "पर्यटन संवर्धन", area: "Tourism" },
    fieldUnits: generic("India Tourism Regional Office", "Institute of Hotel Management"),
    cadres: ["IAS", "CSS"],
  },
  {
    code: "MOCHF", name: "Ministry of Chemicals and Fertilizers", nameHi: "रसायन और उर्वरक मंत्रालय",
    domain: { code: "DOM-MOCHF", name: "Pharmaceutical Pricing", nameHi: "औषधि मूल्य निर्धारण", area: "Industry" },
    departments: [
      ["MOCHF-DCPC", "Department of Chemicals and Petrochemicals", "रसायन और पेट्रोरसायन विभाग"],
      ["MOCHF-DOF", "Department of Fertilizers", "उर्वरक विभाग"],
      ["MOCHF-DOP", "Department of Pharmaceuticals", "औषध विभाग"],
    ],
    fieldUnits: generic("Regional Office", "Petrochemicals Technology Centre"),
    cadres: ["IAS", "CSS"],
  },
  {
    code: "MOAYUSH", name: "Ministry of Ayush", nameHi: "आयुष मंत्रालय",
    domain: { code: "DOM-MOAYUSH", name: "Traditional Medicine Systems", nameHi: "पारंपरिक चिकित्सा पद्धतियाँ", area: "Health" },
    fieldUnits: generic("Research Institute", "Regional Research Centre"),
    cadres: ["IAS", "CSS"],
  },
  {
    code: "MOSTEEL", name: "Ministry of Steel", nameHi: "इस्पात मंत्रालय",
    domain: { code: "DOM-MOSTEEL", name: "Steel Sector Development", nameHi: "इस्पात क्षेत्र विकास", area: "Industry" },
    fieldUnits: generic("Regional Office"),
    cadres: ["IAS", "CSS"],
  },
  {
    code: "MOHI", name: "Ministry of Heavy Industries", nameHi: "भारी उद्योग मंत्रालय",
    domain: { code: "DOM-MOHI", name: "Industrial Policy", nameHi: "औद्योगिक नीति", area: "Industry" },
    fieldUnits: generic("Testing Centre"),
    cadres: ["IAS", "CSS"],
  },
  {
    code: "MNRE", name: "Ministry of New and Renewable Energy", nameHi: "नवीन और नवीकरणीय ऊर्जा मंत्रालय",
    domain: { code: "DOM-MNRE", name: "Renewable Energy Programmes", nameHi: "नवीकरणीय ऊर्जा कार्यक्रम", area: "Energy" },
    fieldUnits: generic("Regional Office"),
    cadres: ["Scientific (S&T)", "IAS"],
  },
  {
    code: "MOFPI", name: "Ministry of Food Processing Industries", nameHi: "खाद्य प्रसंस्करण उद्योग मंत्रालय",
    domain: { code: "DOM-MOFPI", name: "Food Safety and Processing", nameHi: "खाद्य सुरक्षा और प्रसंस्करण", area: "Food" },
    fieldUnits: generic("Regional Office"),
    cadres: ["IAS", "CSS"],
  },
  {
    code: "MOTA", name: "Ministry of Tribal Affairs", nameHi: "जनजातीय कार्य मंत्रालय",
    domain: { code: "DOM-MOTA", name: "Tribal Welfare", nameHi: "जनजातीय कल्याण", area: "Social sector" },
    fieldUnits: generic("Regional Office"),
    cadres: ["IAS", "CSS"],
  },
  {
    code: "MOPR", name: "Ministry of Panchayati Raj", nameHi: "पंचायती राज मंत्रालय",
    domain: { code: "DOM-MOPR", name: "Local Self-Government", nameHi: "स्थानीय स्वशासन", area: "Rural development" },
    fieldUnits: generic("Regional Office"),
    cadres: ["IAS", "CSS"],
  },
  {
    code: "MOMA", name: "Ministry of Minority Affairs", nameHi: "अल्पसंख्यक कार्य मंत्रालय",
    domain: { code: "DOM-MOMA", name: "Minority Welfare Schemes", nameHi: "अल्पसंख्यक कल्याण योजनाएं", area: "Social sector" },
    fieldUnits: [],
    cadres: ["IAS", "CSS"],
  },
  {
    code: "MOCOOP", name: "Ministry of Cooperation", nameHi: "सहकारिता मंत्रालय",
    domain: { code: "DOM-MOCOOP", name: "Cooperative Development", nameHi: "सहकारी विकास", area: "Cooperation" },
    fieldUnits: generic("Central Registrar's Regional Office"),
    cadres: ["IAS", "CSS"],
  },
  {
    code: "ECI", name: "Election Commission of India", nameHi: "भारत निर्वाचन आयोग",
    domain: { code: "DOM-ECI", name: "Election Management", nameHi: "निर्वाचन प्रबंधन", area: "Governance and law" },
    fieldUnits: [],
    cadres: ["IAS", "CSS"],
  },
  {
    code: "UPSC", name: "Union Public Service Commission", nameHi: "संघ लोक सेवा आयोग",
    domain: { code: "DOM-UPSC", name: "Recruitment Examinations", nameHi: "भर्ती परीक्षाएं", area: "Governance and law" },
    fieldUnits: [],
    cadres: ["CSS", "IAS"],
  },
  {
    code: "MODONER", name: "Ministry of Development of North Eastern Region", nameHi: "पूर्वोत्तर क्षेत्र विकास मंत्रालय",
    domain: { code: "DOM-MODONER", name: "Regional Development Planning", nameHi: "क्षेत्रीय विकास योजना", area: "Regional development" },
    fieldUnits: generic("Regional Office"),
    cadres: ["IAS", "CSS"],
  },
  {
    code: "CABSEC", name: "Cabinet Secretariat", nameHi: "मंत्रिमंडल सचिवालय",
    domain: { code: "DOM-CABSEC", name: "Inter-Ministerial Coordination", nameHi: "अंतर-मंत्रालयी समन्वय", area: "Governance and law" },
    fieldUnits: [],
    cadres: ["IAS", "CSS"],
  },
  {
    code: "NITI", name: "NITI Aayog", nameHi: "नीति आयोग",
    domain: { code: "DOM-NITI", name: "Development Policy Analysis", nameHi: "विकास नीति विश्लेषण", area: "Economy" },
    fieldUnits: [],
    cadres: ["IES", "IAS", "CSS"],
  },
  {
    code: "MOPA", name: "Ministry of Parliamentary Affairs", nameHi: "संसदीय कार्य मंत्रालय",
    domain: { code: "DOM-MOPA", name: "Parliamentary Coordination", nameHi: "संसदीय समन्वय", area: "Governance and law" },
    fieldUnits: [],
    cadres: ["CSS", "IAS"],
  },
  {
    code: "MOPLAN", name: "Ministry of Planning", nameHi: "योजना मंत्रालय",
    domain: { code: "DOM-MOPLAN", name: "Development Planning", nameHi: "विकास योजना", area: "Economy" },
    fieldUnits: [],
    cadres: ["IES", "CSS"],
  },
];

/** Cities field offices are named after (a spread across states and union territories). */
export const CITIES = [
  "Delhi", "Mumbai", "Kolkata", "Chennai", "Bengaluru", "Hyderabad", "Ahmedabad", "Pune", "Lucknow", "Jaipur",
  "Bhopal", "Patna", "Bhubaneswar", "Guwahati", "Chandigarh", "Thiruvananthapuram", "Raipur", "Ranchi", "Dehradun",
  "Shimla", "Srinagar", "Jammu", "Shillong", "Imphal", "Aizawl", "Agartala", "Kohima", "Itanagar", "Gangtok",
  "Panaji", "Puducherry", "Port Blair", "Nagpur", "Indore", "Surat", "Vadodara", "Rajkot", "Nashik", "Aurangabad",
  "Kanpur", "Varanasi", "Prayagraj", "Agra", "Meerut", "Bareilly", "Gorakhpur", "Jodhpur", "Udaipur", "Kota",
  "Ajmer", "Bikaner", "Gwalior", "Jabalpur", "Bilaspur", "Sambalpur", "Cuttack", "Visakhapatnam", "Vijayawada",
  "Tirupati", "Warangal", "Madurai", "Coimbatore", "Tiruchirappalli", "Salem", "Kochi", "Kozhikode", "Thrissur",
  "Mangaluru", "Mysuru", "Hubballi", "Belagavi", "Kalaburagi", "Dhanbad", "Jamshedpur", "Asansol", "Siliguri",
  "Durgapur", "Dibrugarh", "Silchar", "Jorhat", "Ludhiana", "Amritsar", "Jalandhar", "Ambala", "Hisar", "Gurugram",
  "Faridabad", "Noida", "Ghaziabad", "Haridwar", "Nainital", "Leh", "Solapur", "Kolhapur", "Nanded",
  "Bhagalpur", "Gaya", "Muzaffarpur", "Darbhanga",
] as const;
