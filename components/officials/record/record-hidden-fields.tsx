import type { RecordRef } from "./types";

/** The record's id, the version the form started from and the values it was loaded with (optimistic locking). */
export function RecordHiddenFields({ record }: { record: RecordRef }) {
  return (
    <>
      <input type="hidden" name="id" value={record.id} />
      <input type="hidden" name="version" value={record.version} />
      <input type="hidden" name="loaded" value={JSON.stringify(record.loaded)} />
    </>
  );
}
