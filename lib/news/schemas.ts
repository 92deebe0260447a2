/** What the news forms send: the activity to draft from, and the edited item with its chosen photos. */
import { z } from "zod";
import { NewsSourceKind } from "@/lib/generated/prisma/enums";
import { formList, recordId, recordVersion, text } from "@/lib/validations/input";

export const NEWS_TITLE_MAX = 200;
export const NEWS_BODY_MAX = 20_000;

export const draftInput = z.object({
  sourceKind: z.enum(NewsSourceKind, { error: "invalid" }),
  sourceId: recordId,
});

const idList = formList(z.array(recordId).max(20));

export const newsInput = z.object({
  id: recordId,
  version: recordVersion,
  title: text({ max: NEWS_TITLE_MAX }),
  body: text({ max: NEWS_BODY_MAX, multiline: true }),
  photoIds: idList,
});
