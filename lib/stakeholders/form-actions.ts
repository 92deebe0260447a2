/** What each form of the stakeholder registry does when submitted (lib/actions/form-action.ts). */
import "server-only";
import type { FormAction } from "@/lib/actions/form-action";
import { addContact, saveOrganisation } from "./stakeholder-mutations";

const PATH = "/kegiatan/pemangku-kepentingan";

export const organisationForm: FormAction<{ id: string }> = {
  fieldLabels: "stakeholders.fields",
  revalidate: ({ id }) => [PATH, `${PATH}/${id}`],
  open: ({ id }) => `${PATH}/${id}`,
  create: { mutation: saveOrganisation, saved: "stakeholders.saved.created" },
  update: { mutation: saveOrganisation, saved: "forms.saved" },
};

export const contactForm: FormAction<{ id: string }> = {
  fieldLabels: "stakeholders.fields",
  revalidate: ({ id }) => [`${PATH}/${id}`],
  open: ({ id }) => `${PATH}/${id}`,
  create: { mutation: addContact, saved: "stakeholders.saved.contactAdded" },
};
