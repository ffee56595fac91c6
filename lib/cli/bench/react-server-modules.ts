// The report use-cases call notFound() and forbidden() from next/navigation. Inside Next, the
// server bundle resolves that import to its react-server build; plain Node with the react-server
// condition would load the client build, which needs React's client APIs and fails to load. This
// resolve hook does what Next's bundler does, for this process only; register it before the
// use-cases are imported.
import { register } from "node:module";

const HOOK = `
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "next/navigation") return nextResolve("next/dist/client/components/navigation.react-server.js", context);
  return nextResolve(specifier, context);
}`;

let registered = false;

export function registerServerNavigation(): void {
  if (registered) return;
  register(`data:text/javascript,${encodeURIComponent(HOOK)}`, import.meta.url);
  registered = true;
}
