/** What each form of the work units module does when submitted (lib/actions/form-action.ts). */
import "server-only";
import type { FormAction } from "@/lib/actions/form-action";
import {
  abolishPosition,
  createPosition,
  createSection,
  createUnit,
  updatePosition,
  updateSection,
  updateUnit,
} from "./mutations";

type Saved = { unitCode: string };

// Every page that shows units, sections, posts or the posture; each form opens the unit's page afterwards.
const common = {
  fieldLabels: "units.fields",
  revalidate: ({ unitCode }: Saved) => [
    "/satuan-kerja",
    `/satuan-kerja/${unitCode}`,
    "/satuan-kerja/posisi-sdm",
  ],
  open: ({ unitCode }: Saved) => `/satuan-kerja/${unitCode}`,
};

const CHANGES_SAVED = "forms.saved";

export const unitForm: FormAction<Saved> = {
  ...common,
  create: { mutation: createUnit, saved: "units.saved.unitCreated" },
  update: { mutation: updateUnit, saved: CHANGES_SAVED },
};

export const sectionForm: FormAction<Saved> = {
  ...common,
  create: { mutation: createSection, saved: "units.saved.sectionCreated" },
  update: { mutation: updateSection, saved: CHANGES_SAVED },
};

export const positionForm: FormAction<Saved> = {
  ...common,
  create: { mutation: createPosition, saved: "units.saved.positionCreated" },
  update: { mutation: updatePosition, saved: CHANGES_SAVED },
};

export const abolishPositionForm: FormAction<Saved> = {
  ...common,
  update: { mutation: abolishPosition, saved: "units.saved.positionAbolished" },
};
