/** Every change to an official's record; each one a defineMutation (docs/decisions/004-mutation-shape.md). */
export { createOfficial, updateOfficial } from "./record-mutations";
export { moveOfficial, MOVE_END_REASON } from "./move-mutations";
export { endService } from "./service-end-mutations";
export { cancelChange } from "./change-mutations";
