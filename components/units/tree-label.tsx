/** A tree's row header content, indented by depth, with a branch mark below the top level. */
export function TreeLabel({ depth, children }: { depth: number; children: React.ReactNode }) {
  return (
    <span className="block" style={{ paddingLeft: `${depth * 1.5}rem` }}>
      {depth > 0 ? (
        <span aria-hidden="true" className="mr-1 text-slate-400">
          └
        </span>
      ) : null}
      {children}
    </span>
  );
}
