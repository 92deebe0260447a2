"use client";

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import type { ActionState } from "@/lib/actions/submit";
import type { FormAlertProps, FormProblem } from "./form-alert";

type ServerAction = (previous: ActionState, formData: FormData) => Promise<ActionState>;

/** A named control of the form, as the error summary links to it. */
interface FieldRef {
  id: string;
  label: string;
}

/** The labelled controls of the form, in the order they appear, by name. */
function labelledFields(form: HTMLFormElement): Map<string, FieldRef> {
  const fields = new Map<string, FieldRef>();
  for (const element of Array.from(form.elements)) {
    if (!(
      element instanceof HTMLInputElement ||
      element instanceof HTMLSelectElement ||
      element instanceof HTMLTextAreaElement
    ))
      continue;
    const label = element.labels?.[0]?.textContent?.trim();
    if (element.name && element.id && label && !fields.has(element.name)) {
      fields.set(element.name, { id: element.id, label });
    }
  }
  return fields;
}

/** The refused fields in the order the form shows them; any the form does not show come last, unlinked. */
function problemsOf(fieldErrors: Record<string, string[]>, fields: Map<string, FieldRef>): FormProblem[] {
  const shown = [...fields].flatMap(([name, field]) => {
    const messages = fieldErrors[name];
    return messages ? [{ ...field, messages }] : [];
  });
  const unshown = Object.entries(fieldErrors)
    .filter(([name]) => !fields.has(name))
    .map(([, messages]) => ({ messages }));
  return [...shown, ...unshown];
}

/**
 * A form bound to a server action that returns `ActionState` (lib/actions/submit.ts), the one way every form
 * of the app submits. It submits without React's automatic form reset, so what the user typed stays in place
 * when the server refuses it; after a refusal it moves focus to the first invalid field (or to the message when
 * no field is at fault), and its alert lists the refused fields with links to them. Before hydration the form
 * posts to the action as plain HTML.
 *
 *   const form = useActionForm(saveSection);
 *   <form {...form.props}>
 *     <FormAlert {...form.alert} />
 *     <TextField name="name" errors={form.errors("name")} … />
 *     <FormButtons pending={form.pending} cancelHref={…} />
 *   </form>
 */
export function useActionForm(action: ServerAction) {
  const [state, dispatch, pending] = useActionState(action, {});
  // The labels the form showed when it was submitted: the summary names the refused fields with them.
  const [fields, setFields] = useState<Map<string, FieldRef>>(() => new Map());
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.ok !== false) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? alertRef.current)?.focus();
  }, [state]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    setFields(labelledFields(form));
    const formData = new FormData(form);
    startTransition(() => dispatch(formData));
  };

  const alert: FormAlertProps = {
    ref: alertRef,
    message: state.message,
    tone: state.ok === false ? "error" : "success",
    problems: state.ok === false ? problemsOf(state.fieldErrors ?? {}, fields) : undefined,
  };

  return {
    state,
    pending,
    /** The messages of one field, for its `errors` prop. */
    errors: (name: string): string[] | undefined => state.fieldErrors?.[name],
    /** Spread on the <form>. */
    props: { ref: formRef, action: dispatch, onSubmit, noValidate: true },
    /** Spread on the FormAlert at the top of the form. */
    alert,
  };
}
