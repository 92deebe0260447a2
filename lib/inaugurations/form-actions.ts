/** What each ceremony form does when submitted (lib/actions/form-action.ts). */
import "server-only";
import type { FormAction, FormSave } from "@/lib/actions/form-action";
import { finalizeMinutes, saveMinutes } from "./minutes-mutations";
import {
  addAppointees,
  cancelInauguration,
  completeInauguration,
  recordCollectiveDecree,
  removeAppointee,
  saveInauguration,
} from "./inauguration-mutations";

type Saved = { id: string };

const common = {
  fieldLabels: "inaugurations.fields",
  revalidate: ({ id }: Saved) => ["/pelantikan", `/pelantikan/upacara/${id}`, "/"],
  open: ({ id }: Saved) => `/pelantikan/upacara/${id}`,
};

export const inaugurationForm: FormAction<Saved> = {
  ...common,
  create: { mutation: saveInauguration, saved: "inaugurations.saved.created" },
  update: { mutation: saveInauguration, saved: "inaugurations.saved.updated" },
};

const update = (mutation: FormSave<Saved>["mutation"], saved: string): FormAction<Saved> => ({
  ...common,
  update: { mutation, saved },
});

export const CEREMONY_FORMS = {
  add: update(addAppointees, "inaugurations.saved.added"),
  remove: update(removeAppointee, "inaugurations.saved.removed"),
  decree: update(recordCollectiveDecree, "inaugurations.saved.decree"),
  complete: update(completeInauguration, "inaugurations.saved.completed"),
  cancel: update(cancelInauguration, "inaugurations.saved.cancelled"),
  minutes: update(saveMinutes, "inaugurations.saved.minutes"),
  finalize: update(finalizeMinutes, "inaugurations.saved.finalized"),
} satisfies Record<string, FormAction<Saved>>;

export type CeremonyFormName = keyof typeof CEREMONY_FORMS;
