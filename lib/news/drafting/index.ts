/** One drafting function per kind of activity, chosen by the facts' kind. */
import { draftEventNews } from "./event";
import type { NewsDraft, Publisher, SourceFacts } from "./facts";
import { draftInaugurationNews } from "./inauguration";
import { draftVisitNews } from "./visit";

export type { NewsDraft, Publisher, SourceFacts } from "./facts";

export function draftNews(facts: SourceFacts, publisher: Publisher): NewsDraft {
  switch (facts.kind) {
    case "EVENT":
      return draftEventNews(facts, publisher);
    case "VISIT":
      return draftVisitNews(facts, publisher);
    case "INAUGURATION":
      return draftInaugurationNews(facts, publisher);
  }
}
