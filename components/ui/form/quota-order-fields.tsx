import { NumberField } from "@/components/ui/number-field";

/**
 * A quota and a display order side by side (`name` and `sortOrder`): the two whole numbers of a section
 * (formasi) and of a post (kuota pemangku). A new record starts at the lowest quota and order 0.
 */
export function QuotaOrderFields<N extends string>({
  name,
  min,
  record,
  label,
  errors,
}: {
  name: N;
  min: number;
  record?: { [K in N]: number } & { sortOrder: number };
  /** The label of a field by its name; the quota's hint is `${name}Hint`. */
  label(field: string): string;
  errors(field: string): string[] | undefined;
}) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <NumberField
        label={label(name)}
        name={name}
        min={min}
        hint={label(`${name}Hint`)}
        defaultValue={record?.[name] ?? min}
        errors={errors(name)}
        required
      />
      <NumberField
        label={label("sortOrder")}
        name="sortOrder"
        defaultValue={record?.sortOrder ?? 0}
        errors={errors("sortOrder")}
      />
    </div>
  );
}
