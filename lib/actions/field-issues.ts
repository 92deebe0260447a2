import type { z } from "zod";

/**
 * A validation problem as a message key and its parameters: a plain key is under `validation` in the shared
 * catalogue, a dotted one ("officialRecord.validation.phone") is a full path into a module's catalogue.
 */
export interface FieldIssue {
  key: string;
  params?: Record<string, string | number>;
}

export type FieldIssues = Record<string, FieldIssue[]>;

// Schemas name their own messages by catalogue key ("nipInvalidFormat"); zod's defaults are sentences.
const MESSAGE_KEY = /^[a-z][A-Za-z0-9.]*$/;

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (node, key) =>
      typeof node === "object" && node !== null ? (node as Record<PropertyKey, unknown>)[key] : undefined,
    input,
  );
}

function isMissing(value: unknown): boolean {
  return value === undefined || value === null || value === "";
}

function issueToKey(issue: z.core.$ZodIssue, input: unknown): FieldIssue {
  if (MESSAGE_KEY.test(issue.message)) {
    const params = issue.code === "custom" ? (issue.params as FieldIssue["params"]) : undefined;
    return params ? { key: issue.message, params } : { key: issue.message };
  }
  switch (issue.code) {
    case "invalid_type":
      // zod 4 leaves the offending value out of its issues, so look it up: missing and wrong are different messages.
      return { key: isMissing(valueAt(input, issue.path)) ? "required" : "invalid" };
    case "too_small":
      if (issue.origin === "string") {
        return Number(issue.minimum) <= 1
          ? { key: "required" }
          : { key: "tooShort", params: { minimum: Number(issue.minimum) } };
      }
      return { key: "tooSmall", params: { minimum: Number(issue.minimum) } };
    case "too_big":
      return {
        key: issue.origin === "string" ? "tooLong" : "tooBig",
        params: { maximum: Number(issue.maximum) },
      };
    case "invalid_format":
      return { key: issue.format === "email" ? "email" : "invalidFormat" };
    case "invalid_value":
      return { key: isMissing(valueAt(input, issue.path)) ? "required" : "invalidOption" };
    default:
      return { key: "invalid" };
  }
}

/** zod's issues for `input` grouped by field path ("" for the form as a whole). */
export function toFieldIssues(error: z.ZodError, input: unknown): FieldIssues {
  const result: FieldIssues = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".");
    (result[field] ??= []).push(issueToKey(issue, input));
  }
  return result;
}

/** Turns FormData into a plain object for zod; repeated names become arrays, empty strings become undefined. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, raw] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const value = typeof raw === "string" ? (raw.trim() === "" ? undefined : raw) : raw;
    const existing = result[key];
    if (existing === undefined) result[key] = value;
    else result[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return result;
}
