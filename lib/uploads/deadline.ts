/** A point in time after which reading an upload stops with `tooSlow`; checked between steps of the work. */
import { UPLOAD_DEADLINE_MS } from "./limits";
import { UploadRefusedError } from "./upload-refused";

export class Deadline {
  private readonly end: number;

  constructor(readonly ms: number = UPLOAD_DEADLINE_MS) {
    this.end = performance.now() + ms;
  }

  remaining(): number {
    return Math.max(0, this.end - performance.now());
  }

  passed(): boolean {
    return this.remaining() === 0;
  }

  /** The refusal to throw once the deadline has passed. */
  refusal(): UploadRefusedError {
    return new UploadRefusedError("tooSlow", { seconds: Math.ceil(this.ms / 1000) });
  }

  check(): void {
    if (this.passed()) throw this.refusal();
  }
}
