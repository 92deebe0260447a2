/**
 * The hidden keys of a form that edits a stored record: its id, whose presence makes the save an update
 * (lib/actions/form-action.ts), and the version the user opened, so that a save over someone else's newer one is
 * refused (lib/actions/stale.ts). A form for a new record has none.
 */
export function RecordKeys({ record }: { record?: { id: string; version: number } }) {
  if (!record) return null;
  return (
    <>
      <input type="hidden" name="id" value={record.id} />
      <input type="hidden" name="version" value={record.version} />
    </>
  );
}
