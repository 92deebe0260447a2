/** Every change to an official's record; each one a defineMutation (docs/decisions/004-mutation-shape.md). */
export { createOfficial, updateOfficial } from "./mutations-record";
export { moveOfficial, MOVE_END_REASON } from "./mutations-move";
export { endService } from "./mutations-service-end";
