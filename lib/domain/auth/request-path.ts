/**
 * Request header proxy.ts sets to the path (and query) being requested, so a server component
 * that finds the visitor signed out can send them to sign-in and back. Always overwritten by the
 * proxy, and only ever used through safeCallbackPath.
 */
export const REQUEST_PATH_HEADER = "x-kaushal-path";
