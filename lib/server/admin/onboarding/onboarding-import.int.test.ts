import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { CurrentUser } from "@/lib/domain/roles";
import { env } from "@/lib/env";
import { verifyPassword } from "@/lib/server/auth/password";
import { createFracPosition } from "@/lib/server/factories/create-frac-position";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createOrganisation } from "@/lib/server/factories/create-organisation";
import { uniqueSuffix } from "@/lib/server/factories/unique-suffix";
import { createOnboardingImport } from "./create-onboarding-import";
import { getOnboardingImport } from "./get-onboarding-import";
import { listRejectedRows, rejectedRowsCsv } from "./list-rejected-rows";
import { MAX_RESUMES_AFTER_ERRORS, processOnboardingImport } from "./process-onboarding-import";
import { revealOneTimePasswords } from "./reveal-one-time-passwords";
import { acceptInvitation, getInvitation } from "./accept-invitation";

const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });
const suffix = uniqueSuffix();
const ROWS = 20_000;

let admin: CurrentUser;
let rootCode = "";
let childCode = "";
let outsideCode = "";
let positionCode = "";
let insideId = "";

const emailOf = (i: number) => `off${i}.${suffix}@test.gov.in`;

beforeAll(async () => {
  const root = await createOrganisation(fixtureDb, { name: "Onboarding Ministry", code: `ON-${suffix}` });
  const child = await createOrganisation(fixtureDb, { name: "Onboarding Office", code: `ON-${suffix}-C`, parentId: root.id });
  const outside = await createOrganisation(fixtureDb, { name: "Elsewhere", code: `ON-${suffix}-X` });
  const position = await createFracPosition(fixtureDb, { code: `ONPOS-${suffix}`, organisationId: child.id });
  rootCode = root.code;
  childCode = child.code;
  outsideCode = outside.code;
  positionCode = position.code;
  const adminUser = await createOfficial(fixtureDb, {
    email: `admin.${suffix}@test.gov.in`,
    organisationId: root.id,
    roles: [{ role: "LEARNER" }, { role: "MDO_ADMIN", organisationId: root.id }],
  });
  admin = {
    id: adminUser.id,
    name: adminUser.name,
    email: adminUser.email,
    organisationId: root.id,
    preferredLanguage: "EN",
    grants: [
      { role: "LEARNER", organisationId: null, providerId: null },
      { role: "MDO_ADMIN", organisationId: root.id, providerId: null },
    ],
  };
  insideId = (await createOfficial(fixtureDb, { email: `inside.${suffix}@test.gov.in`, name: "Old Name", organisationId: child.id })).id;
  await createOfficial(fixtureDb, { email: `outside.${suffix}@test.gov.in`, name: "Not Yours", organisationId: outside.id });
});

afterAll(async () => {
  await fixtureDb.$disconnect();
});

// Row i of the file is spreadsheet row i + 1. The bad rows, with exactly what the report must say.
const BAD: Record<number, { cells: Partial<Record<string, string>>; reasons: string[] }> = {
  100: { cells: { name: "" }, reasons: ["name: missing"] },
  200: { cells: { email: "not-an-email" }, reasons: ["email: not a valid email address"] },
  300: { cells: { email: emailOf(5) }, reasons: ["email: the same email as row 6 of this file"] },
  400: { cells: { organisation_code: "NOPE-ORG" }, reasons: ['organisation_code: unknown organisation "NOPE-ORG"'] },
  500: { cells: { position_code: "NOPE-POS" }, reasons: ['position_code: unknown position "NOPE-POS"'] },
  600: { cells: { roles: "LEARNER;WIZARD" }, reasons: ['roles: unknown role "WIZARD" (a file may give LEARNER, CONTENT_REVIEWER)'] },
  700: { cells: { organisation_code: "" }, reasons: [] }, // filled in below: outside the subtree
  800: { cells: { name: '=HYPERLINK("http://evil","x")' }, reasons: ['name: starts with "=", which a spreadsheet would run as a formula'] },
  900: { cells: { email: "" }, reasons: ["email: belongs to an official outside the organisations you administer"] },
};

function buildCsv(): string {
  BAD[700] = { cells: { organisation_code: outsideCode }, reasons: [`organisation_code: ${outsideCode.toUpperCase()} is outside the organisations you administer`] };
  BAD[900] = { cells: { email: `outside.${suffix}@test.gov.in` }, reasons: ["email: belongs to an official outside the organisations you administer"] };
  const lines = ["email,name,organisation_code,designation,group,employee_code,position_code,roles"];
  for (let i = 1; i <= ROWS; i += 1) {
    const cells: Record<string, string> = {
      email: emailOf(i),
      name: `Official ${i}`,
      organisation_code: i % 2 === 0 ? childCode : rootCode,
      designation: "Section Officer",
      group: "ABCD"[i % 4] ?? "A",
      employee_code: `E${suffix}-${i}`,
      position_code: i % 10 === 0 ? positionCode : "",
      roles: i % 1000 === 1 ? "LEARNER;CONTENT_REVIEWER" : "",
      ...BAD[i]?.cells,
    };
    if (i === 1000) Object.assign(cells, { email: `inside.${suffix}@test.gov.in`, name: "New Name", employee_code: "" });
    const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
    lines.push([cells.email, cells.name, cells.organisation_code, cells.designation, cells.group, cells.employee_code, cells.position_code, cells.roles].map((v) => quote(v ?? "")).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}

async function upload(csv: string): Promise<string> {
  const created = await createOnboardingImport(admin, { fileName: "officials.csv", text: csv });
  if (!created.ok) throw new Error(created.message);
  return created.importId;
}

const expectedRejected = () =>
  Object.entries(BAD)
    .map(([i, bad]) => ({ rowNumber: Number(i) + 1, reasons: bad.reasons }))
    .sort((a, b) => a.rowNumber - b.rowNumber);

describe("bulk onboarding", () => {
  let csv = "";
  let firstImportId = "";

  test("a 20,000-row file: valid rows in, every bad row reported exactly", async () => {
    csv = buildCsv();
    firstImportId = await upload(csv);
    expect(await processOnboardingImport({ importId: firstImportId })).toBe("DONE");

    const view = await getOnboardingImport(admin, firstImportId);
    expect(view).toMatchObject({ status: "DONE", totalRows: ROWS, rowsDone: ROWS, created: ROWS - 10, updated: 1, unchanged: 0, rejected: 9, resumed: 0 });

    const rejected = await listRejectedRows(admin, firstImportId, 1);
    expect(rejected?.map(({ rowNumber, reasons }) => ({ rowNumber, reasons }))).toEqual(expectedRejected());

    expect(await fixtureDb.user.count({ where: { email: { endsWith: `.${suffix}@test.gov.in`, startsWith: "off" } } })).toBe(ROWS - 10);
    const reviewer = await fixtureDb.user.findUniqueOrThrow({ where: { email: emailOf(1001) }, select: { roles: { select: { role: true } }, group: true, organisationId: true } });
    expect(reviewer.roles.map((r) => r.role).sort()).toEqual(["CONTENT_REVIEWER", "LEARNER"]);
    const moved = await fixtureDb.user.findUniqueOrThrow({ where: { id: insideId }, select: { name: true } });
    expect(moved.name).toBe("New Name");
    expect((await fixtureDb.user.findUniqueOrThrow({ where: { email: `outside.${suffix}@test.gov.in` }, select: { name: true } })).name).toBe("Not Yours");

    const audit = await fixtureDb.auditLog.findFirst({ where: { entityType: "OnboardingImport", entityId: firstImportId } });
    expect(audit?.action).toBe("officials.imported");
    // 20,000 rows take about 30 s on two quiet cores; a loaded machine may need several times that.
  }, 300_000);

  test("the rejected rows download as formula-safe CSV with their reasons", async () => {
    let text = "";
    for await (const part of rejectedRowsCsv(admin, firstImportId)) text += part;
    const lines = text.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("row,reasons,email,name,organisation_code,designation,group,employee_code,position_code,roles");
    expect(lines).toHaveLength(10);
    expect(lines.find((line) => line.startsWith("801,"))).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
  });

  test("each new official's one-time password signs them in, and is shown only once", async () => {
    const shown = await revealOneTimePasswords(admin, firstImportId);
    expect(shown).toHaveLength(ROWS - 10);
    const first = shown?.find((entry) => entry.email === emailOf(2));
    const user = await fixtureDb.user.findUniqueOrThrow({ where: { email: emailOf(2) }, select: { passwordHash: true } });
    expect(first?.password).toMatch(/^[A-Za-z2-9]{16}$/);
    expect(await verifyPassword(user.passwordHash ?? "", first?.password ?? "")).toBe(true);
    expect(await revealOneTimePasswords(admin, firstImportId)).toEqual([]);
  });

  test("uploading the same file again changes nothing", async () => {
    const before = await fixtureDb.user.findMany({ where: { email: { endsWith: `.${suffix}@test.gov.in` } }, select: { id: true, updatedAt: true, passwordHash: true }, orderBy: { id: "asc" } });
    const importId = await upload(csv);
    expect(await processOnboardingImport({ importId })).toBe("DONE");
    expect(await getOnboardingImport(admin, importId)).toMatchObject({ status: "DONE", created: 0, updated: 0, unchanged: ROWS - 9, rejected: 9, passwordsWaiting: 0 });
    const after = await fixtureDb.user.findMany({ where: { email: { endsWith: `.${suffix}@test.gov.in` } }, select: { id: true, updatedAt: true, passwordHash: true }, orderBy: { id: "asc" } });
    expect(after).toEqual(before);
  }, 300_000);

  test("another admin cannot read the import", async () => {
    const stranger: CurrentUser = { ...admin, id: "00000000-0000-7000-8000-000000000001", grants: [{ role: "MDO_ADMIN", organisationId: admin.organisationId, providerId: null }] };
    expect(await getOnboardingImport(stranger, firstImportId)).toBeNull();
    expect(await listRejectedRows(stranger, firstImportId, 1)).toBeNull();
    expect(await revealOneTimePasswords(stranger, firstImportId)).toBeNull();
  });

  test("a worker stopped mid-file resumes from its last committed chunk, with no duplicates", async () => {
    const lines = ["email,name,organisation_code"];
    for (let i = 1; i <= 2_000; i += 1) lines.push(`crash${i}.${suffix}@test.gov.in,Crash ${i},${childCode}`);
    const importId = await upload(lines.join("\n"));

    // The first worker dies (its chunk in flight rolls back) after three committed chunks.
    let chunks = 0;
    await expect(
      processOnboardingImport({
        importId,
        chunkSize: 300,
        afterChunk: ({ phase }) => {
          if (phase === "applying" && ++chunks === 3) throw new Error("killed");
        },
      }),
    ).rejects.toThrow("killed");
    expect(await getOnboardingImport(admin, importId)).toMatchObject({ status: "APPLYING", rowsDone: 900, created: 900 });

    // While its lease runs, nobody else takes the file over.
    expect(await processOnboardingImport({ importId, chunkSize: 300 })).toBe("BUSY");
    expect(await processOnboardingImport({ importId, chunkSize: 300, leaseSeconds: 0 })).toBe("DONE");
    expect(await getOnboardingImport(admin, importId)).toMatchObject({ status: "DONE", rowsDone: 2_000, created: 2_000, rejected: 0, resumed: 1 });
    expect(await fixtureDb.user.count({ where: { email: { startsWith: "crash", endsWith: `.${suffix}@test.gov.in` } } })).toBe(2_000);
  });

  test("an import that fails every time it is picked up is marked failed, not retried for ever", async () => {
    const lines = ["email,name,organisation_code"];
    for (let i = 1; i <= 10; i += 1) lines.push(`loop${i}.${suffix}@test.gov.in,Loop ${i},${childCode}`);
    const importId = await upload(lines.join("\n"));
    // Every pick-up fails after its first chunk, so there is always more left to try.
    const failing = () =>
      processOnboardingImport({
        importId,
        chunkSize: 1,
        leaseSeconds: 0,
        afterChunk: () => {
          throw new Error("disk full");
        },
      });
    for (let attempt = 1; attempt <= MAX_RESUMES_AFTER_ERRORS; attempt += 1) await expect(failing()).rejects.toThrow("disk full");
    expect(await getOnboardingImport(admin, importId)).toMatchObject({ status: "APPLYING", resumed: MAX_RESUMES_AFTER_ERRORS - 1 });
    expect(await failing()).toBe("FAILED");
    const failed = await getOnboardingImport(admin, importId);
    expect(failed).toMatchObject({ status: "FAILED", resumed: MAX_RESUMES_AFTER_ERRORS });
    expect(await processOnboardingImport({ importId, leaseSeconds: 0 })).toBe("BUSY");
  });

  test("a file missing a required column is refused at upload", async () => {
    expect(await createOnboardingImport(admin, { fileName: "x.csv", text: "email,name\na@b.in,A\n" })).toMatchObject({ ok: false, code: "BAD_HEADER" });
  });

  test("with mail configured, new officials are emailed a link that sets their password once", async () => {
    const csv = ["email,name,organisation_code", `invite1.${suffix}@test.gov.in,Invited One,${childCode}`, `invite2.${suffix}@test.gov.in,Invited Two,${childCode}`].join("\n");
    const { id } = await fixtureDb.onboardingImport.create({ data: { uploadedById: admin.id, fileName: "invite.csv", csv, sendInvitations: true } });
    expect(await processOnboardingImport({ importId: id })).toBe("DONE");
    expect(await getOnboardingImport(admin, id)).toMatchObject({ created: 2, passwordsWaiting: 0 });

    const mails = await fixtureDb.outboundEmail.findMany({ where: { kind: "onboarding.invitation", toAddress: { startsWith: "invite", endsWith: `.${suffix}@test.gov.in` } }, orderBy: { toAddress: "asc" } });
    expect(mails.map((mail) => mail.toAddress)).toEqual([`invite1.${suffix}@test.gov.in`, `invite2.${suffix}@test.gov.in`]);
    // Nobody has chosen a language yet: the email speaks English and Hindi, with the one link in each.
    expect(mails[0]?.subject).toBe("Your Kaushal account is ready / आपका कौशल खाता तैयार है");
    expect(mails[0]?.bodyText).toContain("Dear Invited One,");
    expect(mails[0]?.bodyText).toContain("प्रिय Invited One,");
    const tokenOf = (body: string) => /\/invitation\/([^\s]+)/.exec(body)?.[1] ?? "";
    const token = tokenOf(mails[0]?.bodyText ?? "");
    const invited = await fixtureDb.user.findUniqueOrThrow({ where: { email: `invite1.${suffix}@test.gov.in` }, select: { passwordHash: true } });
    expect(invited.passwordHash).toBeNull();

    expect(await getInvitation(token)).toEqual({ state: "OPEN", name: "Invited One", email: `invite1.${suffix}@test.gov.in` });
    expect(await getInvitation(`${token}x`)).toEqual({ state: "INVALID" });
    const later = new Date(Date.now() + 8 * 24 * 60 * 60 * 1000);
    expect(await acceptInvitation({ token: tokenOf(mails[1]?.bodyText ?? ""), password: "Chosen-Password-1" }, later)).toBe("EXPIRED");

    expect(await acceptInvitation({ token, password: "Chosen-Password-1" })).toBe("ACCEPTED");
    const after = await fixtureDb.user.findUniqueOrThrow({ where: { email: `invite1.${suffix}@test.gov.in` }, select: { passwordHash: true } });
    expect(await verifyPassword(after.passwordHash ?? "", "Chosen-Password-1")).toBe(true);
    // The link is spent: the password hash it was signed with has moved on.
    expect(await acceptInvitation({ token, password: "Another-Password-2" })).toBe("INVALID");
    expect(await getInvitation(token)).toEqual({ state: "INVALID" });
  });
});
