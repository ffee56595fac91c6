// Write load for the rehearsal: officials signing in through next-auth's credentials endpoint.
// Each successful sign-in writes one UserSession row in a transaction, and each attempt carries a
// User-Agent of its own, so afterwards every acknowledged write can be found (or found missing,
// or found twice) by a plain SQL recount on the primary.

export type Account = { email: string; password: string };

export type Attempt = {
  key: string;
  instance: string;
  startedAt: number;
  endedAt: number;
  acknowledged: boolean;
  outcome: string;
};

function mergeCookies(jar: Map<string, string>, response: Response): void {
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(";");
    const index = pair?.indexOf("=") ?? -1;
    if (pair && index > 0) jar.set(pair.slice(0, index).trim(), pair.slice(index + 1).trim());
  }
}

export const cookieHeader = (jar: Map<string, string>) => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

export type SignInResult = { ok: boolean; cookie: string; error: string | null; status: number };

/** One credentials sign-in; `ok` when the session cookie came back (the write was acknowledged). */
export async function signIn(baseUrl: string, account: Account, userAgent: string, timeoutMs = 20_000): Promise<SignInResult> {
  const jar = new Map<string, string>();
  const headers = { "user-agent": userAgent };
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`, { headers, signal: AbortSignal.timeout(timeoutMs) });
  mergeCookies(jar, csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    signal: AbortSignal.timeout(timeoutMs),
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email: account.email, password: account.password, callbackUrl: `${baseUrl}/learn`, json: "true" }),
  });
  mergeCookies(jar, response);
  const text = await response.text();
  let error: string | null = null;
  try {
    const url = (JSON.parse(text) as { url?: string }).url;
    error = url ? new URL(url, baseUrl).searchParams.get("error") : null;
  } catch {
    error = `HTTP ${response.status}`;
  }
  const ok = [...jar.keys()].some((name) => name.endsWith("next-auth.session-token"));
  return { ok, cookie: cookieHeader(jar), error: ok ? null : (error ?? `HTTP ${response.status}`), status: response.status };
}

export type LoadRun = { attempts: Attempt[]; stop: () => Promise<Attempt[]> };

/**
 * Starts `concurrency` loops signing in round-robin across `instances` until stopped. Attempts
 * are bounded by `maxAttempts` so the load always ends by itself.
 */
export function startSignInLoad(options: {
  runId: string;
  label: string;
  instances: { name: string; baseUrl: string }[];
  accounts: Account[];
  concurrency: number;
  maxAttempts?: number;
}): LoadRun {
  const attempts: Attempt[] = [];
  let stopped = false;
  let counter = 0;
  const maxAttempts = options.maxAttempts ?? 20_000;
  const loop = async (worker: number) => {
    while (!stopped && counter < maxAttempts) {
      const n = counter++;
      const instance = options.instances[n % options.instances.length]!;
      const account = options.accounts[(n + worker) % options.accounts.length]!;
      const key = `kaushal-faults/${options.runId}/${options.label}/${n}`;
      const startedAt = Date.now();
      let acknowledged = false;
      let outcome = "ok";
      try {
        const result = await signIn(instance.baseUrl, account, key);
        acknowledged = result.ok;
        if (!result.ok) outcome = result.error ?? "refused";
      } catch (error) {
        outcome = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
      }
      attempts.push({ key, instance: instance.name, startedAt, endedAt: Date.now(), acknowledged, outcome });
      // A failed attempt (database down, instance gone) is retried after a short pause, as a
      // browser's user would; a hot loop of refused connections measures nothing.
      if (!acknowledged) await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  const loops = Array.from({ length: options.concurrency }, (_, worker) => loop(worker));
  return {
    attempts,
    stop: async () => {
      stopped = true;
      await Promise.all(loops);
      return attempts;
    },
  };
}
