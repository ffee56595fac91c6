import "server-only";
import { z } from "zod";
import { ACTION_ERROR_MESSAGES, fail, type ActionResult } from "@/lib/domain/action-result";
import { isDomainError } from "@/lib/domain/learning/domain-error";
import { can, isPermissionDeniedError, type Permission } from "@/lib/domain/permissions";
import { isStudioError } from "@/lib/domain/studio/studio-error";
import type { CurrentUser } from "@/lib/domain/roles";
import { getCurrentUser } from "@/lib/server/auth/session";
import { isDatabaseBusyError, isUniqueConflictError } from "@/lib/server/concurrency/database-busy";
import { tryTakeWriteSlot } from "@/lib/server/concurrency/user-write-slots";
import { localiseFailure } from "@/lib/server/i18n/localise-failure";

/** Callable as a form action (formData), from useActionState (state, formData) or with an object. */
export type AuthorisedAction<T> = {
  (input: unknown): Promise<ActionResult<T>>;
  (previousState: unknown, input: unknown): Promise<ActionResult<T>>;
};

export type ActionHandler<I, T> = (input: I, user: CurrentUser) => Promise<ActionResult<T>>;

// React adds these to a form's FormData for progressive enhancement; they are not user input.
const isReactInternalField = (key: string) => key.startsWith("$ACTION_");

/** FormData → plain object; a repeated field (checkbox group) becomes an array. */
export function formDataToObject(formData: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const result: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const key of new Set(formData.keys())) {
    if (isReactInternalField(key)) continue;
    const values = formData.getAll(key);
    result[key] = values.length === 1 ? (values[0] as FormDataEntryValue) : values;
  }
  return result;
}

type Localise = <T>(result: ActionResult<T>) => Promise<ActionResult<T>>;

const asIs: Localise = async (result) => result;

export function createAuthorisedAction(loadUser: () => Promise<CurrentUser | null>, localise: Localise = asIs) {
  return function authorisedAction<S extends z.ZodType, T>(
    permission: Permission,
    schema: S,
    handler: ActionHandler<z.output<S>, T>,
  ): AuthorisedAction<T> {
    return async function action(...args: unknown[]): Promise<ActionResult<T>> {
      return localise(await run(args));
    } as AuthorisedAction<T>;

    async function run(args: unknown[]): Promise<ActionResult<T>> {
      // Every exported server action is a public endpoint: check who is calling before anything else.
      let user: CurrentUser | null;
      try {
        user = await loadUser();
      } catch (error) {
        if (isDatabaseBusyError(error)) return fail("BUSY", ACTION_ERROR_MESSAGES.BUSY);
        throw error;
      }
      if (!user) return fail("UNAUTHENTICATED", ACTION_ERROR_MESSAGES.UNAUTHENTICATED);
      if (!can(user, permission)) return fail("FORBIDDEN", ACTION_ERROR_MESSAGES.FORBIDDEN);

      const raw = args.length > 1 ? args[1] : args[0];
      const parsed = schema.safeParse(raw instanceof FormData ? formDataToObject(raw) : raw);
      if (!parsed.success) {
        return fail("INVALID_INPUT", ACTION_ERROR_MESSAGES.INVALID_INPUT, z.flattenError(parsed.error).fieldErrors);
      }
      // One official's burst (many tabs, a retrying phone) is refused at once beyond a few writes
      // in flight, instead of queueing for the connection pool until it times out.
      const release = tryTakeWriteSlot(user.id);
      if (!release) return fail("BUSY", ACTION_ERROR_MESSAGES.BUSY);
      try {
        return await handler(parsed.data, user);
      } catch (error) {
        // Expected refusals travel this one path: a coded DomainError or StudioError from the rules or an
        // object-level refusal from assertCan becomes a typed failure. Everything else (Next's
        // redirect/forbidden signals, real bugs) propagates to Next, which logs the bugs.
        if (isDomainError(error)) return fail(error.code, error.message);
        if (isStudioError(error)) return fail(error.code, error.message, error.details.length > 0 ? { problems: [...error.details] } : undefined);
        if (isPermissionDeniedError(error)) return fail("FORBIDDEN", error.message);
        // A saturated database (no connection or transaction in time, a deadlock) is "try again",
        // and a unique key another request took first is a conflict: neither is a server error.
        if (isDatabaseBusyError(error)) return fail("BUSY", ACTION_ERROR_MESSAGES.BUSY);
        if (isUniqueConflictError(error)) return fail("CONFLICT", ACTION_ERROR_MESSAGES.CONFLICT);
        throw error;
      } finally {
        release();
      }
    }
  };
}

/**
 * The one wrapper for server actions:
 *   export const enrol = authorisedAction("learning:own", enrolSchema, async (input, user) => …);
 */
export const authorisedAction = createAuthorisedAction(getCurrentUser, localiseFailure);
