// Ministries, departments and organisations of the Government of India (real names; the
// selection is a sample, not the whole Allocation of Business).
import type { OrganisationKind } from "../../lib/generated/prisma/client";

export type OrganisationNode = {
  code: string;
  name: string;
  nameHi?: string;
  kind: OrganisationKind;
  children?: OrganisationNode[];
};

const org = (code: string, name: string, nameHi?: string, children?: OrganisationNode[]): OrganisationNode => ({
  code,
  name,
  nameHi,
  kind: "ORGANISATION",
  children,
});

export const ORGANISATION_TREE: OrganisationNode[] = [
  {
    code: "MHA",
    name: "Ministry of Home Affairs",
    nameHi: "गृह मंत्रालय",
    kind: "MINISTRY",
    children: [
      {
        code: "MHA-DIS",
        name: "Department of Internal Security",
        nameHi: "आंतरिक सुरक्षा विभाग",
        kind: "DEPARTMENT",
        children: [
          org("MHA-DIS-IB", "Intelligence Bureau", "आसूचना ब्यूरो"),
          org("MHA-DIS-CRPF", "Central Reserve Police Force", "केंद्रीय रिज़र्व पुलिस बल"),
          org("MHA-DIS-NDRF", "National Disaster Response Force", "राष्ट्रीय आपदा मोचन बल"),
        ],
      },
      {
        code: "MHA-DBM",
        name: "Department of Border Management",
        nameHi: "सीमा प्रबंधन विभाग",
        kind: "DEPARTMENT",
        children: [org("MHA-DBM-LPAI", "Land Ports Authority of India", "भारतीय भूमि पत्तन प्राधिकरण")],
      },
      {
        code: "MHA-DOL",
        name: "Department of Official Language",
        nameHi: "राजभाषा विभाग",
        kind: "DEPARTMENT",
        children: [
          org("MHA-DOL-CTB", "Central Translation Bureau", "केंद्रीय अनुवाद ब्यूरो"),
          org("MHA-DOL-CHTI", "Central Hindi Training Institute", "केंद्रीय हिंदी प्रशिक्षण संस्थान"),
        ],
      },
      org("MHA-NDMA", "National Disaster Management Authority", "राष्ट्रीय आपदा प्रबंधन प्राधिकरण"),
      org("MHA-NIDM", "National Institute of Disaster Management", "राष्ट्रीय आपदा प्रबंधन संस्थान"),
    ],
  },
  {
    code: "MOPPGP",
    name: "Ministry of Personnel, Public Grievances and Pensions",
    nameHi: "कार्मिक, लोक शिकायत तथा पेंशन मंत्रालय",
    kind: "MINISTRY",
    children: [
      {
        code: "DOPT",
        name: "Department of Personnel and Training",
        nameHi: "कार्मिक और प्रशिक्षण विभाग",
        kind: "DEPARTMENT",
        children: [
          org("DOPT-LBSNAA", "Lal Bahadur Shastri National Academy of Administration", "लाल बहादुर शास्त्री राष्ट्रीय प्रशासन अकादमी"),
          org("DOPT-ISTM", "Institute of Secretariat Training and Management", "सचिवालय प्रशिक्षण तथा प्रबंध संस्थान"),
          org("DOPT-SSC", "Staff Selection Commission", "कर्मचारी चयन आयोग"),
          org("DOPT-CBC", "Capacity Building Commission", "क्षमता निर्माण आयोग"),
          org("DOPT-KB", "Karmayogi Bharat", "कर्मयोगी भारत"),
        ],
      },
      {
        code: "DARPG",
        name: "Department of Administrative Reforms and Public Grievances",
        nameHi: "प्रशासनिक सुधार और लोक शिकायत विभाग",
        kind: "DEPARTMENT",
      },
      {
        code: "DOPPW",
        name: "Department of Pension and Pensioners' Welfare",
        nameHi: "पेंशन और पेंशनभोगी कल्याण विभाग",
        kind: "DEPARTMENT",
      },
    ],
  },
  {
    code: "MOF",
    name: "Ministry of Finance",
    nameHi: "वित्त मंत्रालय",
    kind: "MINISTRY",
    children: [
      {
        code: "MOF-DOR",
        name: "Department of Revenue",
        nameHi: "राजस्व विभाग",
        kind: "DEPARTMENT",
        children: [
          org("MOF-DOR-CBIC", "Central Board of Indirect Taxes and Customs", "केंद्रीय अप्रत्यक्ष कर और सीमा शुल्क बोर्ड", [
            org("MOF-DOR-CBIC-DGGI", "Directorate General of GST Intelligence", "माल और सेवा कर आसूचना महानिदेशालय"),
            org("MOF-DOR-CBIC-DRI", "Directorate of Revenue Intelligence", "राजस्व आसूचना निदेशालय"),
          ]),
          org("MOF-DOR-CBDT", "Central Board of Direct Taxes", "केंद्रीय प्रत्यक्ष कर बोर्ड"),
        ],
      },
      {
        code: "MOF-DOE",
        name: "Department of Expenditure",
        nameHi: "व्यय विभाग",
        kind: "DEPARTMENT",
        children: [
          org("MOF-DOE-CGA", "Office of the Controller General of Accounts", "महालेखा नियंत्रक कार्यालय"),
          org("MOF-DOE-NIFM", "National Institute of Financial Management", "राष्ट्रीय वित्तीय प्रबंधन संस्थान"),
        ],
      },
      { code: "MOF-DEA", name: "Department of Economic Affairs", nameHi: "आर्थिक कार्य विभाग", kind: "DEPARTMENT" },
    ],
  },
  {
    code: "MOHFW",
    name: "Ministry of Health and Family Welfare",
    nameHi: "स्वास्थ्य और परिवार कल्याण मंत्रालय",
    kind: "MINISTRY",
    children: [
      {
        code: "MOHFW-DOHFW",
        name: "Department of Health and Family Welfare",
        nameHi: "स्वास्थ्य और परिवार कल्याण विभाग",
        kind: "DEPARTMENT",
        children: [
          org("MOHFW-DGHS", "Directorate General of Health Services", "स्वास्थ्य सेवा महानिदेशालय", [
            org("MOHFW-DGHS-NCDC", "National Centre for Disease Control", "राष्ट्रीय रोग नियंत्रण केंद्र"),
            org("MOHFW-DGHS-CDSCO", "Central Drugs Standard Control Organisation", "केंद्रीय औषधि मानक नियंत्रण संगठन"),
          ]),
          org("MOHFW-NHA", "National Health Authority", "राष्ट्रीय स्वास्थ्य प्राधिकरण"),
          org("MOHFW-NIHFW", "National Institute of Health and Family Welfare", "राष्ट्रीय स्वास्थ्य एवं परिवार कल्याण संस्थान"),
        ],
      },
      {
        code: "MOHFW-DHR",
        name: "Department of Health Research",
        nameHi: "स्वास्थ्य अनुसंधान विभाग",
        kind: "DEPARTMENT",
        children: [org("MOHFW-DHR-ICMR", "Indian Council of Medical Research", "भारतीय आयुर्विज्ञान अनुसंधान परिषद")],
      },
    ],
  },
  {
    code: "MOAFW",
    name: "Ministry of Agriculture and Farmers Welfare",
    nameHi: "कृषि एवं किसान कल्याण मंत्रालय",
    kind: "MINISTRY",
    children: [
      {
        code: "MOAFW-DAFW",
        name: "Department of Agriculture and Farmers Welfare",
        nameHi: "कृषि एवं किसान कल्याण विभाग",
        kind: "DEPARTMENT",
        children: [
          org("MOAFW-MANAGE", "National Institute of Agricultural Extension Management", "राष्ट्रीय कृषि विस्तार प्रबंधन संस्थान"),
          org("MOAFW-DES", "Directorate of Economics and Statistics", "अर्थशास्त्र एवं सांख्यिकी निदेशालय"),
        ],
      },
      {
        code: "MOAFW-DARE",
        name: "Department of Agricultural Research and Education",
        nameHi: "कृषि अनुसंधान और शिक्षा विभाग",
        kind: "DEPARTMENT",
        children: [org("MOAFW-ICAR", "Indian Council of Agricultural Research", "भारतीय कृषि अनुसंधान परिषद")],
      },
    ],
  },
  {
    code: "MEITY",
    name: "Ministry of Electronics and Information Technology",
    nameHi: "इलेक्ट्रॉनिकी और सूचना प्रौद्योगिकी मंत्रालय",
    kind: "MINISTRY",
    children: [
      org("MEITY-CERTIN", "Indian Computer Emergency Response Team", "भारतीय कंप्यूटर आपात प्रतिक्रिया दल"),
      org("MEITY-NIC", "National Informatics Centre", "राष्ट्रीय सूचना विज्ञान केंद्र"),
      org("MEITY-NEGD", "National e-Governance Division", "राष्ट्रीय ई-शासन प्रभाग"),
    ],
  },
];

/** The tree flattened parents-first, as it must be inserted. */
export function flattenOrganisationTree(
  nodes: OrganisationNode[] = ORGANISATION_TREE,
  parentCode: string | null = null,
): (Omit<OrganisationNode, "children"> & { parentCode: string | null })[] {
  return nodes.flatMap(({ children, ...node }) => [
    { ...node, parentCode },
    ...flattenOrganisationTree(children ?? [], node.code),
  ]);
}
