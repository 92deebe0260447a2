/**
 * The hidden keys of a unit, section or post form: the record and the version the user opened (for optimistic
 * locking) when editing, or the unit a new record belongs to.
 */
export function RecordKeys({
  record,
  unitId,
}: {
  record?: { id: string; version: number };
  unitId?: string;
}) {
  if (record) {
    return (
      <>
        <input type="hidden" name="id" value={record.id} />
        <input type="hidden" name="version" value={record.version} />
      </>
    );
  }
  return unitId ? <input type="hidden" name="unitId" value={unitId} /> : null;
}
