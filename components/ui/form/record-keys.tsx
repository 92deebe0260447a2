/**
 * The hidden keys of a form that edits a stored record: its id, whose presence makes the save an update
 * (lib/actions/form-action.ts), and the version the user opened, so that a save over someone else's newer one is
 * refused (lib/actions/stale.ts). A form for a new record has none.
 *
 * `version` is left out for a step that checks none (adding someone to a ceremony's list), and for a record that
 * may not exist yet (a visit's report before its first save). `idName` names the key when it is not the record's
 * own id: the report is keyed by its visit (`visitId`), and an `id` there would choose update over create.
 */
export function RecordKeys({
  record,
  idName = "id",
}: {
  record?: { id: string; version?: number | null };
  idName?: string;
}) {
  if (!record) return null;
  return (
    <>
      <input type="hidden" name={idName} value={record.id} />
      {record.version == null ? null : <input type="hidden" name="version" value={record.version} />}
    </>
  );
}
