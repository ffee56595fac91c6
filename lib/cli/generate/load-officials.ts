// The officials' stage: organisation by organisation, each official is planned, given a history
// and written to every table at once through one COPY stream per table. Nothing is held beyond
// one organisation's list; when PostgreSQL falls behind, generation waits for it.
import type { Role } from "../../generated/prisma/client";
import { DEMO_ACCOUNTS, type DemoAccount, type DemoAccountKey } from "../../../prisma/seed-data/demo-accounts";
import { hashPassword } from "../../server/auth/password";
import { istInstant } from "./calendar";
import { BULK_TABLES, type BulkTable, type RowSinks } from "./bulk-tables";
import { CopyWriter } from "./copy-writer";
import { planHistory } from "./learning-history";
import { MINISTRIES } from "./ministries";
import { LEARNER_ROLE, type RowIds, writeOfficialRows } from "./official-rows";
import { createEmailRegistry, planOrganisationOfficials } from "./officials";
import { createRng } from "./rng";
import { type World, idSequence, officialsJoinedAt } from "./world";

export type OfficialsStageResult = {
  rows: Record<BulkTable, number>;
  /** Generated officials plus demo accounts. */
  officials: number;
  demoAccountIds: Partial<Record<DemoAccountKey, string>>;
};

const BACKPRESSURE_CHECK_EVERY = 256;
const PROGRESS_EVERY = 100_000;
/** Demo learners get a busy history: courses finished and one in progress at the end. */
const SHOWCASE_ACCOUNTS: readonly DemoAccountKey[] = ["learner", "hindiLearner"];

export async function loadOfficials(world: World, connectionString: string, log: (message: string) => void): Promise<OfficialsStageResult> {
  const { organisations, options } = world;
  const seed = options.seed;
  const positionIndexByCode = new Map(world.positions.map((position) => [position.code, position.index]));
  const organisationIndexByCode = new Map(organisations.map((organisation) => [organisation.code, organisation.index]));
  const providerIndexByCode = new Map(world.catalogue.providers.map((provider, index) => [provider.code, index]));

  const demoEntries = Object.entries(DEMO_ACCOUNTS) as [DemoAccountKey, DemoAccount][];
  const demoKeyByEmail = new Map(demoEntries.map(([key, account]) => [account.email, key]));
  const demoByOrganisation = new Map<string, { account: DemoAccount; positionIndex: number | null }[]>();
  for (const [, account] of demoEntries) {
    if (!account.organisationCode) continue;
    const positionIndex = account.fracPositionCode ? (positionIndexByCode.get(account.fracPositionCode) ?? null) : null;
    demoByOrganisation.set(account.organisationCode, [...(demoByOrganisation.get(account.organisationCode) ?? []), { account, positionIndex }]);
  }
  // Generated officials sign in with the demo learner's password, as in the demo seed: one hash for all.
  const sharedHash = await hashPassword(DEMO_ACCOUNTS.learner.password);
  const demoHashes = new Map(await Promise.all(demoEntries.map(async ([, account]) => [account.email, await hashPassword(account.password)] as const)));
  const demoRoles = (account: DemoAccount) =>
    account.roles.map((role: Role) => {
      const organisation = role === "MDO_ADMIN" ? organisationIndexByCode.get(account.scope.organisationCode ?? "") : undefined;
      const provider = role === "CONTENT_PROVIDER" ? providerIndexByCode.get(account.scope.providerCode ?? "") : undefined;
      return {
        role,
        organisationId: organisation === undefined ? null : (world.organisationIds[organisation] ?? null),
        providerId: provider === undefined ? null : (world.providerIds[provider] ?? null),
      };
    });

  const joinedAt = officialsJoinedAt(world);
  const activityStart = istInstant(world.window.firstDay, 0);
  const userIds = idSequence("user", seed, joinedAt);
  const ids: RowIds = {
    userRole: idSequence("user-role", seed, joinedAt),
    enrolment: idSequence("enrolment", seed, activityStart),
    certificate: idSequence("certificate", seed, activityStart),
    passbookEntry: idSequence("passbook-entry", seed, activityStart),
    courseRating: idSequence("course-rating", seed, activityStart),
    karmaAward: idSequence("karma-award", seed, activityStart),
    learningRecord: { next: 1 },
  };

  const writers = {} as Record<BulkTable, CopyWriter>;
  const writerList: CopyWriter[] = [];
  try {
    for (const key of Object.keys(BULK_TABLES) as BulkTable[]) {
      writers[key] = await CopyWriter.open(connectionString, BULK_TABLES[key]);
      writerList.push(writers[key]);
    }
    const sinks = Object.fromEntries(Object.entries(writers).map(([key, writer]) => [key, writer.rows])) as RowSinks;
    const keepUp = async () => {
      const behind = writerList.filter((writer) => writer.isBackedUp);
      if (behind.length > 0) await Promise.all(behind.map((writer) => writer.drained()));
    };

    const nextEmail = createEmailRegistry(demoEntries.map(([, account]) => account.email));
    const heads: ({ id: string; rank: number } | null)[] = organisations.map(() => null);
    const demoAccountIds: Partial<Record<DemoAccountKey, string>> = {};
    const started = Date.now();
    let serial = 0;
    let written = 0;
    for (const organisation of organisations) {
      const planned = planOrganisationOfficials({
        organisation,
        spec: MINISTRIES[organisation.ministryIndex]!,
        positions: (world.positionsByOrganisation[organisation.index] ?? []).map((index) => world.positions[index]!),
        demoAccounts: demoByOrganisation.get(organisation.code) ?? [],
        firstSerial: serial,
        nextEmail,
        rng: createRng("officials", seed, organisation.index),
      });
      serial += organisation.officials;
      const officialIds = planned.map(() => userIds.next());
      const headIndex = planned.findIndex((official) => official.isActive);
      heads[organisation.index] = headIndex < 0 ? null : { id: officialIds[headIndex]!, rank: planned[headIndex]!.rank };
      const ancestorHead = (rank: number): string | null => {
        for (let at = organisation.parentIndex; at !== null; at = organisations[at]?.parentIndex ?? null) {
          const head = heads[at];
          if (head && head.rank < rank) return head.id;
        }
        return null;
      };

      for (let i = 0; i < planned.length; i++) {
        const official = planned[i]!;
        const userId = officialIds[i]!;
        const reportingOfficerId = official.supervisor !== null ? officialIds[official.supervisor]! : ancestorHead(official.rank);
        const demoKey = official.demoAccount ? demoKeyByEmail.get(official.demoAccount.email) : undefined;
        if (demoKey) demoAccountIds[demoKey] = userId;
        const roles = official.demoAccount ? demoRoles(official.demoAccount) : LEARNER_ROLE;
        const rng = official.serial !== null ? createRng("history", seed, official.serial) : createRng(`history:${official.email}`, seed);
        const history = planHistory(
          {
            requirements: official.positionIndex === null ? [] : (world.positionRequirements[official.positionIndex] ?? []),
            hasSupervisor: reportingOfficerId !== null,
            isLearner: official.isActive && roles.some((grant) => grant.role === "LEARNER"),
            isShowcase: demoKey !== undefined && SHOWCASE_ACCOUNTS.includes(demoKey),
          },
          world.refs.courses,
          world.chooser,
          world.window,
          rng,
        );
        writeOfficialRows(
          {
            userId, official, reportingOfficerId, roles, history,
            organisationId: world.organisationIds[organisation.index] ?? null,
            positionId: official.positionIndex === null ? null : (world.positionIds[official.positionIndex] ?? null),
            passwordHash: official.demoAccount ? (demoHashes.get(official.email) ?? null) : sharedHash,
            createdAt: joinedAt,
          },
          world.refs,
          ids,
          sinks,
          rng.next,
        );
        written++;
        if (written % BACKPRESSURE_CHECK_EVERY === 0) await keepUp();
        if (written % PROGRESS_EVERY === 0) {
          const rss = Math.round(process.memoryUsage().rss / 1024 ** 2);
          log(`  ${written.toLocaleString("en-IN")} officials (${Math.round(written / ((Date.now() - started) / 1000)).toLocaleString("en-IN")}/s, generator memory ${rss} MB)`);
        }
      }
      await keepUp();
    }
    // Demo accounts posted nowhere (none today) would be skipped: say so rather than lose them.
    for (const [key, account] of demoEntries) if (!demoAccountIds[key]) log(`  demo account ${account.email} has no organisation in the generated tree; not loaded`);

    const counts = await Promise.all(writerList.map(async (writer) => [writer.spec.table, await writer.end()] as const));
    const cpu = writerList.map((writer) => writer.backendCpu);
    if (cpu.every((seconds) => seconds !== null)) {
      const busiest = writerList.reduce((top, writer) => ((writer.backendCpu ?? 0) > (top.backendCpu ?? 0) ? writer : top));
      log(`  PostgreSQL CPU for the COPY streams: ${cpu.reduce((sum, seconds) => (sum ?? 0) + (seconds ?? 0), 0)?.toFixed(1)} s (most: ${busiest.spec.table}, ${busiest.backendCpu?.toFixed(1)} s)`);
      if (process.env.DEBUG) log(`  ${writerList.map((writer) => `${writer.spec.table} ${writer.backendCpu?.toFixed(1)} s/${writer.rows.rows}`).join(", ")}`);
    }
    const byTable = new Map(counts);
    const rows = Object.fromEntries((Object.keys(BULK_TABLES) as BulkTable[]).map((key) => [key, byTable.get(BULK_TABLES[key].table) ?? 0])) as Record<BulkTable, number>;
    return { rows, officials: written, demoAccountIds };
  } catch (error) {
    await Promise.all(writerList.map((writer) => writer.abort()));
    throw error;
  }
}
