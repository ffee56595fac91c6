import "server-only";

// Every queue the worker serves, with the data its jobs carry. Retries are per queue: a job that
// throws runs again after `retryDelay` seconds (doubling with backoff) up to `retryLimit` times.
export const QUEUES = {
  onboardingImport: { name: "onboarding-import", retryLimit: 5, retryDelay: 15, retryBackoff: true, expireInSeconds: 60 * 60 },
  // One delivery run at a time, so no email is picked up by two runs at once.
  mailDelivery: { name: "mail-delivery", policy: "singleton", retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 10 * 60 },
} as const;

export type OnboardingImportJob = { importId: string };
export type MailDeliveryJob = Record<string, never>;
