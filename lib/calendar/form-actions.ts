/** The calendar page's three buttons, each a form of the kit (lib/actions/form-action.ts). */
import "server-only";
import type { FormAction } from "@/lib/actions/form-action";
import { createFeedAddress, replaceFeedAddress, revokeFeedAddress } from "./feed-mutations";

type Saved = { userId: string };

export const CALENDAR_PATH = "/kalender";

const onCalendar = { revalidate: () => [CALENDAR_PATH], open: () => CALENDAR_PATH };

export const feedForms = {
  create: { ...onCalendar, create: { mutation: createFeedAddress, saved: "calendar.saved.created" } },
  replace: { ...onCalendar, create: { mutation: replaceFeedAddress, saved: "calendar.saved.replaced" } },
  revoke: { ...onCalendar, create: { mutation: revokeFeedAddress, saved: "calendar.saved.revoked" } },
} satisfies Record<string, FormAction<Saved>>;
