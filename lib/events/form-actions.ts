/** What each form of the events module does when submitted (lib/actions/form-action.ts). */
import "server-only";
import type { FormAction } from "@/lib/actions/form-action";
import {
  addWalkIn,
  assignSession,
  inviteOfficials,
  inviteStakeholders,
  inviteUnitLeaders,
} from "./invitation-mutations";
import { finalizeMinutes, saveMinutes } from "./minutes-mutations";
import { saveEvent } from "./event-mutations";
import { addOutcome, outcomeToFollowUps } from "./outcome-mutations";

type Saved = { id: string };

const onEvent = {
  fieldLabels: "events.fields",
  revalidate: ({ id }: Saved) => ["/kegiatan", `/kegiatan/${id}`, `/kegiatan/${id}/kehadiran`],
  open: ({ id }: Saved) => `/kegiatan/${id}`,
};

export const eventForm: FormAction<Saved> = {
  ...onEvent,
  create: { mutation: saveEvent, saved: "events.saved.created" },
  update: { mutation: saveEvent, saved: "forms.saved" },
};

export const eventForms = {
  inviteLeaders: { ...onEvent, update: { mutation: inviteUnitLeaders, saved: "events.saved.invited" } },
  inviteOfficials: { ...onEvent, update: { mutation: inviteOfficials, saved: "events.saved.invited" } },
  inviteStakeholders: { ...onEvent, update: { mutation: inviteStakeholders, saved: "events.saved.invited" } },
  walkIn: {
    ...onEvent,
    open: ({ id }: Saved) => `/kegiatan/${id}/kehadiran`,
    update: { mutation: addWalkIn, saved: "events.saved.walkIn" },
  },
  session: { ...onEvent, update: { mutation: assignSession, saved: "events.saved.session" } },
  outcome: { ...onEvent, update: { mutation: addOutcome, saved: "events.saved.outcome" } },
  followUps: { ...onEvent, update: { mutation: outcomeToFollowUps, saved: "events.saved.followUps" } },
  minutes: { ...onEvent, update: { mutation: saveMinutes, saved: "events.saved.minutes" } },
  finalize: { ...onEvent, update: { mutation: finalizeMinutes, saved: "events.saved.finalized" } },
} satisfies Record<string, FormAction<Saved>>;

export type EventFormName = keyof typeof eventForms;
