/** Every change to work units, sections and posts; each one a defineMutation (docs/decisions/004-mutation-shape.md). */
export { createUnit, updateUnit } from "./unit-mutations";
export { createSection, updateSection } from "./section-mutations";
export { abolishPosition, createPosition, updatePosition } from "./position-mutations";
