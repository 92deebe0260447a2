/** Which seats of a unit's posts the demo fills, and with whom, following the unit's staffing plan. */
import type { EmploymentType } from "@/lib/generated/prisma/enums";
import type { PostSpec, Structure } from "./structure";
import type { StaffingPlan } from "./units";

export interface Slot {
  post: PostSpec;
  employmentType: EmploymentType;
}

/** Structural posts unless left vacant, then functional, pelaksana and support seats up to the planned numbers. */
export function filledSlots(structure: Structure, plan: StaffingPlan): Slot[] {
  const structural = structure.posts
    .filter((post) => post.kind === "STRUCTURAL" && !plan.vacantPosts.includes(post.key))
    .map((post): Slot => ({ post, employmentType: "PNS" }));
  const asn = (kind: "FUNCTIONAL" | "EXECUTOR", filled: number, pppk: number) =>
    roundRobin(
      structure.posts.filter((post) => post.kind === kind),
      (post) => post.sectionKey,
    )
      .slice(0, filled)
      .map((post, index): Slot => ({ post, employmentType: index >= filled - pppk ? "PPPK" : "PNS" }));
  const support = roundRobin(
    structure.posts.filter((post) => post.kind === "SUPPORT"),
    (post) => post.key,
  )
    .slice(0, plan.supportStaff)
    .map((post): Slot => ({ post, employmentType: "NON_ASN" }));
  return [
    ...structural,
    ...asn("FUNCTIONAL", plan.functional, plan.pppkFunctional),
    ...asn("EXECUTOR", plan.executors, plan.pppkExecutors),
    ...support,
  ];
}

/** Each post once per seat of its quota, interleaved over the groups: the first seat of every group, then the second, … */
function roundRobin(posts: PostSpec[], groupOf: (post: PostSpec) => string | null): PostSpec[] {
  const groups = new Map<string | null, PostSpec[]>();
  for (const post of posts) {
    const seats = Array.from({ length: post.quota }, () => post);
    groups.set(groupOf(post), [...(groups.get(groupOf(post)) ?? []), ...seats]);
  }
  const longest = Math.max(0, ...[...groups.values()].map((group) => group.length));
  return Array.from({ length: longest }, (_, round) =>
    [...groups.values()].flatMap((group) => group[round] ?? []),
  ).flat();
}
