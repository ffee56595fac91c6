import { afterAll, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { uniqueSuffix } from "@/lib/server/factories/unique-suffix";
import { deliverOutbox, MAX_DELIVERY_ATTEMPTS } from "./deliver-outbox";
import type { MailTransport } from "./mailer";

const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });
afterAll(() => fixtureDb.$disconnect());

const suffix = uniqueSuffix();
const address = (name: string) => `${name}.${suffix}@test.gov.in`;

async function queue(name: string) {
  await fixtureDb.outboundEmail.create({
    data: { toAddress: address(name), subject: `Hello ${name}`, bodyText: "Body", kind: "test", dedupeKey: `test:${suffix}:${name}` },
  });
}

/** An SMTP stand-in: records what it sends; refuses some addresses a given number of times. */
function fakeTransport(failures: Map<string, number>) {
  const sent: string[] = [];
  const transport: MailTransport = {
    async sendMail(message) {
      const left = failures.get(message.to) ?? 0;
      if (left > 0) {
        failures.set(message.to, left - 1);
        throw new Error(`450 mailbox busy: ${message.to}`);
      }
      sent.push(message.to);
      return {};
    },
  };
  return { transport, sent };
}

const row = (name: string) =>
  fixtureDb.outboundEmail.findUniqueOrThrow({ where: { dedupeKey: `test:${suffix}:${name}` }, select: { attempts: true, sentAt: true, lastError: true } });

test("without SMTP nothing is sent and the outbox keeps every email", async () => {
  await queue("waiting");
  expect(await deliverOutbox({ transport: null })).toEqual({ sent: 0, failed: 0, isConfigured: false });
  expect(await row("waiting")).toEqual({ attempts: 0, sentAt: null, lastError: null });
});

test("a refused email is retried on the next run with its reason kept, until it goes or runs out of attempts", async () => {
  await queue("ok");
  await queue("flaky");
  await queue("dead");
  const { transport, sent } = fakeTransport(new Map([[address("flaky"), 2], [address("dead"), 99]]));

  await deliverOutbox({ transport });
  expect(sent).toEqual(expect.arrayContaining([address("ok"), address("waiting")]));
  expect(await row("ok")).toMatchObject({ attempts: 1, lastError: null, sentAt: expect.any(Date) });
  expect(await row("flaky")).toMatchObject({ attempts: 1, sentAt: null, lastError: `450 mailbox busy: ${address("flaky")}` });

  await deliverOutbox({ transport });
  await deliverOutbox({ transport });
  expect(await row("flaky")).toMatchObject({ attempts: 3, lastError: null, sentAt: expect.any(Date) });
  expect(await row("ok")).toMatchObject({ attempts: 1 });
  expect(sent.filter((to) => to === address("ok"))).toHaveLength(1);

  for (let run = 0; run < MAX_DELIVERY_ATTEMPTS + 2; run += 1) await deliverOutbox({ transport });
  expect(await row("dead")).toMatchObject({ attempts: MAX_DELIVERY_ATTEMPTS, sentAt: null, lastError: `450 mailbox busy: ${address("dead")}` });
});
