/** The row header of a tree shown as a table: indented by depth, with a branch mark below the top level. */
export function TreeLabel({ depth, children }: { depth: number; children: React.ReactNode }) {
  return (
    <th
      scope="row"
      className="px-4 py-2 text-left font-normal"
      style={{ paddingLeft: `${1 + depth * 1.5}rem` }}
    >
      {depth > 0 ? (
        <span aria-hidden="true" className="mr-1 text-slate-400">
          └
        </span>
      ) : null}
      {children}
    </th>
  );
}
