import { TextField } from "@/components/ui/text-field";

interface NumberFieldSpec {
  label: string;
  hint?: string;
  defaultValue: number;
}

/**
 * A quota and a display order side by side (`quota.name` and `sortOrder`): the two whole numbers of a section
 * (formasi) and of a post (kuota pemangku).
 */
export function QuotaOrderFields({
  quota,
  order,
  errors,
}: {
  quota: NumberFieldSpec & { name: string; min: number };
  order: NumberFieldSpec;
  errors(name: string): string[] | undefined;
}) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField
        label={quota.label}
        name={quota.name}
        type="number"
        min={quota.min}
        step={1}
        hint={quota.hint}
        defaultValue={quota.defaultValue}
        errors={errors(quota.name)}
        required
      />
      <TextField
        label={order.label}
        name="sortOrder"
        type="number"
        min={0}
        step={1}
        hint={order.hint}
        defaultValue={order.defaultValue}
        errors={errors("sortOrder")}
      />
    </div>
  );
}
