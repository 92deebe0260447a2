/** Penanggung jawab, or "Belum ditunjuk" marked so that a follow-up nobody answers for stands out. */
export function OwnerName({ owner, unassigned }: { owner: { name: string } | null; unassigned: string }) {
  return owner ? <>{owner.name}</> : <span className="font-medium text-amber-800">{unassigned}</span>;
}
