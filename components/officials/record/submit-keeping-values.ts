import { startTransition, type FormEvent } from "react";

/**
 * An onSubmit handler that hands the form's data to a useActionState action without React's automatic form
 * reset, so that what the clerk typed stays in place when the server refuses it. Before hydration the form's
 * own `action` posts as usual.
 */
export function submitKeepingValues(dispatch: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
}
