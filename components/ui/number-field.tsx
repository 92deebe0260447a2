import type { ComponentProps } from "react";
import { TextField } from "./text-field";

/** A labelled whole-number input (quotas, counts, orders): no fractions, none below `min` (0 unless told). */
export function NumberField({ min = 0, ...props }: Omit<ComponentProps<typeof TextField>, "type" | "step">) {
  return <TextField type="number" inputMode="numeric" step={1} min={min} {...props} />;
}
