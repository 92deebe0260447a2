import { useTranslations } from "next-intl";
import type { MouseEvent, Ref } from "react";

/** A refused field as the summary lists it: linked to the control when the form shows one. */
export interface FormProblem {
  id?: string;
  label?: string;
  messages: string[];
}

export interface FormAlertProps {
  message?: string;
  tone?: "error" | "success";
  /** The refused fields, each linking to its control. */
  problems?: FormProblem[];
  ref?: Ref<HTMLDivElement>;
}

// A link to "#id" scrolls but leaves focus where it was; the user came here to type in that field.
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  field.scrollIntoView({ block: "center" });
  field.focus({ preventScroll: true });
}

/**
 * The message at the top of a form: a refusal is announced at once (role="alert") and lists the fields to
 * correct, each a link to its control; a confirmation is announced politely (role="status"). It takes focus
 * when a refusal names no field (components/ui/form/use-action-form.ts).
 */
export function FormAlert({ message, tone = "error", problems, ref }: FormAlertProps) {
  const t = useTranslations("forms");
  if (!message) return null;
  const styles =
    tone === "error"
      ? "border-red-200 bg-red-50 text-red-800"
      : "border-emerald-200 bg-emerald-50 text-emerald-800";
  return (
    <div
      ref={ref}
      role={tone === "error" ? "alert" : "status"}
      tabIndex={-1}
      className={`rounded-md border px-3 py-2 text-sm outline-none focus-visible:ring-2 focus-visible:ring-red-600 ${styles}`}
    >
      <p>{message}</p>
      {problems?.length ? (
        <ul aria-label={t("problems")} className="mt-2 list-disc space-y-1 pl-5">
          {problems.map(({ id, label, messages }, index) => (
            <li key={id ?? `unshown-${index}`}>
              {id ? (
                <>
                  <a
                    href={`#${id}`}
                    onClick={(event) => focusField(event, id)}
                    className="font-medium underline"
                  >
                    {label}
                  </a>
                  {": "}
                </>
              ) : null}
              {messages.join(" ")}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
