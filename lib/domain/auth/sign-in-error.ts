/**
 * Codes the credentials provider reports to the sign-in form. next-auth 4 turns an Error thrown in
 * authorize() into `?error=<message>`, so the message is the code, never free text.
 */
export type SignInError =
  | { code: "CredentialsSignin" }
  | { code: "AccountSuspended" }
  | { code: "RateLimited"; retryAfterSeconds: number }
  | { code: "SignInUnavailable" };

export function encodeSignInError(error: SignInError): string {
  return error.code === "RateLimited" ? `RateLimited:${Math.max(1, Math.ceil(error.retryAfterSeconds))}` : error.code;
}

export function parseSignInError(raw: string | null | undefined): SignInError | null {
  if (!raw) return null;
  if (raw === "AccountSuspended") return { code: "AccountSuspended" };
  if (raw === "SignInUnavailable") return { code: "SignInUnavailable" };
  const limited = /^RateLimited:(\d{1,9})$/.exec(raw);
  if (limited) return { code: "RateLimited", retryAfterSeconds: Number(limited[1]) };
  // Anything else next-auth may put in ?error= (CredentialsSignin, Configuration, a forged value)
  // gets the generic wording, so the URL can never inject text into the page.
  return { code: "CredentialsSignin" };
}

export function formatWait(seconds: number): string {
  if (seconds < 60) return seconds <= 1 ? "1 second" : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return minutes === 1 ? "1 minute" : `${minutes} minutes`;
  const hours = Math.ceil(minutes / 60);
  return hours === 1 ? "1 hour" : `${hours} hours`;
}

export function signInErrorMessage(error: SignInError): string {
  switch (error.code) {
    case "CredentialsSignin":
      return "The email or password is incorrect. Check both and try again.";
    case "AccountSuspended":
      return "Your account is suspended, so you cannot sign in. Contact your organisation's Karmayogi administrator to restore access.";
    case "RateLimited":
      return `Too many sign-in attempts. For your security, wait ${formatWait(error.retryAfterSeconds)} before trying again.`;
    case "SignInUnavailable":
      return "Sign-in is unavailable just now. Please try again in a few minutes.";
  }
}
