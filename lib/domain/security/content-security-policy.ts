// The response security headers set per request by proxy.ts (the static ones, which do not
// depend on the request, stay in next.config.js).

export type PolicyOptions = {
  /** Fresh for every response; Next puts it on its own scripts when it finds it in the request's CSP. */
  nonce: string;
  /** next dev: React's dev build evaluates code and hot reloading injects unnonced styles over a websocket. */
  isDevelopment: boolean;
  /** The public URL is https: ask browsers to fetch any stray http:// subresource over https. */
  isHttps: boolean;
};

/**
 * The Content-Security-Policy of every page. Scripts run only by nonce, and whatever those load
 * ('strict-dynamic'): an injected <script> or on*= handler never runs, whatever the markup. Style
 * elements need the nonce too; style attributes are allowed because React renders them on the
 * server (chart sizes, progress bars) and they cannot carry a nonce. Nothing may frame a page,
 * plugins (<object>, <embed>) are off, and forms post only to the portal itself.
 */
export function contentSecurityPolicy({ nonce, isDevelopment, isHttps }: PolicyOptions): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(isDevelopment ? ["'unsafe-eval'"] : [])],
    // In development the hot reloader adds <style> elements without a nonce; a nonce in the list
    // would make browsers ignore 'unsafe-inline', so development gets 'unsafe-inline' alone.
    ["style-src", "'self'", ...(isDevelopment ? ["'unsafe-inline'"] : [`'nonce-${nonce}'`])],
    ["style-src-attr", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'", "data:"],
    ["media-src", "'self'", "blob:"],
    ["connect-src", "'self'", ...(isDevelopment ? ["ws:", "wss:"] : [])],
    // A PDF lesson is shown in an <iframe> of /media/<id>.
    ["frame-src", "'self'"],
    ["worker-src", "'self'", "blob:"],
    ["manifest-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["frame-ancestors", "'none'"],
    ["form-action", "'self'"],
  ];
  if (isHttps) directives.push(["upgrade-insecure-requests"]);
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/**
 * Uploaded media (/media/<id>) is not a page: only images, video and PDF are ever stored (never
 * HTML or SVG) and served with nosniff. The PDF lesson frames it from the portal's own pages, so it
 * may be framed by the portal and nothing else. Nothing more: a restrictive policy on a PDF can
 * stop the browser's own PDF viewer.
 */
export const MEDIA_CONTENT_SECURITY_POLICY = "frame-ancestors 'self'";

/** Two years, subdomains included; only when the public URL is https (over http browsers ignore it anyway). */
export function strictTransportSecurity(publicUrl: string | undefined): string | null {
  return isHttpsUrl(publicUrl) ? "max-age=63072000; includeSubDomains" : null;
}

export function isHttpsUrl(url: string | undefined): boolean {
  return !!url && url.toLowerCase().startsWith("https://");
}
