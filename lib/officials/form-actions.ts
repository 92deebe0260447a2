/** What each form of an official's record does when submitted (lib/actions/form-action.ts). */
import "server-only";
import type { FormAction } from "@/lib/actions/form-action";
import { cancelChange, createOfficial, endService, moveOfficial, updateOfficial } from "./mutations";

type Saved = { id: string };

// The list and the record page show what any of these forms changes; each opens the record afterwards.
const common = {
  fieldLabels: "officialRecord.fields",
  revalidate: ({ id }: Saved) => ["/pegawai", `/pegawai/${id}`],
  open: ({ id }: Saved) => `/pegawai/${id}`,
};

/** Pegawai baru, or Ubah data pegawai when the form carries the official's id. */
export const officialForm: FormAction<Saved> = {
  ...common,
  create: { mutation: createOfficial, saved: "officialRecord.saved.created" },
  update: { mutation: updateOfficial, saved: "officialRecord.saved.updated" },
};

/** Mutasi. */
export const moveForm: FormAction<Saved> = {
  ...common,
  update: { mutation: moveOfficial, saved: "officialRecord.saved.moved" },
};

/** Pensiun / nonaktifkan. */
export const endServiceForm: FormAction<Saved> = {
  ...common,
  update: { mutation: endService, saved: "officialRecord.saved.ended" },
};

/** Batalkan perubahan terjadwal: the form carries the change's id; the official's record opens again. */
export const cancelChangeForm: FormAction<Saved> = {
  ...common,
  update: { mutation: cancelChange, saved: "officialChanges.panel.cancelled" },
};
