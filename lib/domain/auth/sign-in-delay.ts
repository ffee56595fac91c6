/**
 * Seconds every sign-in attempt on an email waits, given its recent failures from everywhere.
 * Free failures cost nothing (typos); after them the wait doubles per failure up to a cap. It is
 * a wait, never a refusal, so the owner with the right password always gets in, however many
 * strangers failed on their address; a guesser spread over many clients is slowed down.
 */
export function signInDelaySeconds(failures: number, policy: { freeFailures: number; maxDelaySeconds: number }): number {
  if (failures < policy.freeFailures) return 0;
  const exponent = Math.min(failures - policy.freeFailures, 30);
  return Math.min(2 ** exponent, policy.maxDelaySeconds);
}
