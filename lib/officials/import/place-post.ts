/**
 * Posts (jabatan) named in a staff list: the import places a person in the post the row names from its TMT when
 * the post exists in the row's unit and has room on that day and after; otherwise it says why not and imports
 * the person without it. It never ends anyone's post: a move between posts is a mutasi. Pure.
 */
import type { ExistingOfficial, PlannedFields } from "./plan";
import type { MappedRow, RowProblem } from "./map-row";
import type { ImportColumn } from "./columns";

export interface PostInfo {
  id: string;
  title: string;
  sectionId: string | null;
  quota: number;
  /** Assignments held on or after today, with their dates. */
  holders: readonly { officialId: string; startDate: Date; endDate: Date | null }[];
}

export interface PostLookup {
  /** unitId → postTitleKey(title) → post. */
  byUnit: ReadonlyMap<string, ReadonlyMap<string, PostInfo>>;
  /** officialId → the posts they hold now or will from a later date. */
  heldBy: ReadonlyMap<string, readonly string[]>;
  /** Places this file already fills, by post id: counted as the rows are planned. */
  planned: Map<string, number>;
}

export interface Placement {
  positionId: string;
  sectionId: string | null;
  startDate: Date;
  decreeNumber: string | null;
  decreeDate: Date | null;
}

/** "Kasubbag Hukum dan SDM", "Kepala Sub Bagian Hukum dan SDM" and "Kepala Subbagian Hukum dan SDM" are one post. */
export function postTitleKey(title: string): string {
  return title
    .toLowerCase()
    .replace(/\bkasubbag\b\.?/g, "kepala subbagian")
    .replace(/\bkabag\b\.?/g, "kepala bagian")
    .replace(/\bsub\s*bag(ian)?\b\.?/g, "subbagian")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

const N = "import.notes";

export function placePost(
  row: MappedRow,
  fields: PlannedFields,
  existing: ExistingOfficial | null,
  posts: PostLookup,
  headerOf: (column: ImportColumn) => string,
): { placement: Placement | null; notes: RowProblem[] } {
  const post = row.post;
  if (!post) return { placement: null, notes: [] };
  const note = (key: string, params: Record<string, string | number> = {}) => ({
    placement: null,
    notes: [
      {
        rowNumber: row.rowNumber,
        column: headerOf("Jabatan"),
        key: `${N}.${key}`,
        params: { post: post.title, ...params },
      },
    ],
  });
  const found = posts.byUnit.get(fields.unitId)?.get(postTitleKey(post.title));
  if (!found) return note("postUnknown");
  const held = existing ? (posts.heldBy.get(existing.id) ?? []) : [];
  if (held.includes(found.id)) return { placement: null, notes: [] };
  if (held.length > 0) return note("holdsOtherPost");
  if (!post.startDate) return note("postNoStart");
  const start = post.startDate;
  const occupying = found.holders.filter((holder) => !holder.endDate || holder.endDate >= start).length;
  const planned = posts.planned.get(found.id) ?? 0;
  if (occupying + planned >= found.quota) return note("postFull");
  posts.planned.set(found.id, planned + 1);
  return {
    placement: {
      positionId: found.id,
      sectionId: found.sectionId,
      startDate: start,
      decreeNumber: post.decreeNumber ?? null,
      decreeDate: post.decreeDate ?? null,
    },
    notes: [],
  };
}
