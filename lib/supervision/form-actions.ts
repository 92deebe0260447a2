/** What each form of the supervision module does when submitted (lib/actions/form-action.ts). */
import "server-only";
import type { FormAction } from "@/lib/actions/form-action";
import { SUPERVISION_PATH, visitLink } from "./links";
import {
  acceptReport,
  addFinding,
  removeFinding,
  returnReport,
  saveReportDraft,
  submitReport,
} from "./report-mutations";
import { cancelVisit, planVisit, updateVisit } from "./visit-mutations";

type OnVisit = { visitId: string };

// Every report form opens the visit's page; the list and the home page show the report's state.
const onVisit = {
  fieldLabels: "supervision.fields",
  revalidate: ({ visitId }: OnVisit) => [SUPERVISION_PATH, visitLink(visitId), "/"],
  open: ({ visitId }: OnVisit) => visitLink(visitId),
};

export const visitForm: FormAction<{ id: string }> = {
  fieldLabels: "supervision.fields",
  revalidate: ({ id }) => [SUPERVISION_PATH, visitLink(id), "/"],
  open: ({ id }) => visitLink(id),
  create: { mutation: planVisit, saved: "supervision.saved.planned" },
  update: { mutation: updateVisit, saved: "supervision.saved.visitUpdated" },
};

/** Batalkan kunjungan: the reason is asked; the visit stays, cancelled, and leaves the visited unit's home page. */
export const cancelVisitForm: FormAction<{ id: string }> = {
  fieldLabels: "supervision.fields",
  revalidate: ({ id }) => [SUPERVISION_PATH, visitLink(id), "/"],
  open: ({ id }) => visitLink(id),
  update: { mutation: cancelVisit, saved: "supervision.saved.visitCancelled" },
};

/** The draft carries the visit's id, not the report's: the first save creates the report. */
export const reportDraftForm: FormAction<OnVisit> = {
  ...onVisit,
  create: { mutation: saveReportDraft, saved: "supervision.saved.draft" },
};

export const findingForm: FormAction<OnVisit> = {
  ...onVisit,
  create: { mutation: addFinding, saved: "supervision.saved.findingAdded" },
};

export const removeFindingForm: FormAction<OnVisit> = {
  ...onVisit,
  update: { mutation: removeFinding, saved: "supervision.saved.findingRemoved" },
};

export const submitReportForm: FormAction<OnVisit> = {
  ...onVisit,
  update: { mutation: submitReport, saved: "supervision.saved.submitted" },
};

export const acceptReportForm: FormAction<OnVisit> = {
  ...onVisit,
  update: { mutation: acceptReport, saved: "supervision.saved.accepted" },
};

export const returnReportForm: FormAction<OnVisit> = {
  ...onVisit,
  update: { mutation: returnReport, saved: "supervision.saved.returned" },
};
