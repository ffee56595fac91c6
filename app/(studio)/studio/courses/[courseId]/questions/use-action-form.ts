"use client";

import { useActionState, useTransition, type FormEvent } from "react";
import type { ActionResult } from "@/lib/domain/action-result";

type FormAction<T> = (previousState: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

/**
 * A form bound to a server action that keeps what the author typed when the action refuses it:
 * React resets a <form action> after every submission, so the form submits through onSubmit
 * (with the pressed button's value). Without JavaScript it still posts the ordinary way.
 */
export function useActionForm<T>(action: FormAction<T>) {
  const [state, formAction, isActionPending] = useActionState<ActionResult<T> | null, FormData>(action, null);
  const [isStarting, startTransition] = useTransition();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(formData));
  };
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return { state, formAction, onSubmit, isPending: isActionPending || isStarting, fieldErrors };
}
