/**
 * The organisation of a secretariat: its sections (Bagian, Sub Bagian) and posts (jabatan), built from templates.ts.
 * A province has four Bagian, each with two Sub Bagian; a regency/city has four Sub Bagian. Every Sub Bagian is
 * led by a Kasubbag (Pejabat Pengawas), every Bagian by a Kabag (Pejabat Administrator).
 */
import type { PositionKind, PositionLevel, SectionKind } from "@/lib/generated/prisma/enums";
import {
  PROVINCE_BAGIAN,
  REGENCY_SUBBAGS,
  SUPPORT_POSTS,
  type Staff,
  type SubbagTemplate,
} from "./templates";

/** What the post works on; picks a fitting degree for its holder (S.H. in Hukum, S.Kom. in Data dan Informasi). */
export type Field = "finance" | "general" | "technical" | "law" | "hr" | "planning" | "it";

/** The kind of person who holds the post: drives age, rank and education of the generated officials. */
export type Profile =
  "provincialSecretary" | "administrator" | "supervisor" | "functional" | "executor" | "support";

export interface SectionSpec {
  key: string;
  name: string;
  kind: SectionKind;
  parentKey: string | null;
}

export interface PostSpec {
  key: string;
  title: string;
  kind: PositionKind;
  level: PositionLevel;
  quota: number;
  sectionKey: string | null;
  field: Field;
  profile: Profile;
}

export interface Structure {
  sections: SectionSpec[];
  posts: PostSpec[];
}

export function provinceStructure(supportQuota: number): Structure {
  const sections: SectionSpec[] = [];
  const posts: PostSpec[] = [
    structural("sekretaris", "Sekretaris", "HIGH_LEADERSHIP", null, "general", "provincialSecretary"),
  ];
  for (const bagian of PROVINCE_BAGIAN) {
    sections.push({ key: bagian.key, name: bagian.name, kind: "BAGIAN", parentKey: null });
    posts.push(
      structural(
        `kabag-${bagian.key}`,
        `Kepala Bagian ${bagian.name}`,
        "ADMINISTRATOR",
        bagian.key,
        bagian.field,
        "administrator",
      ),
    );
    for (const subbag of bagian.subbags) addSubbag(subbag, bagian.key, sections, posts);
  }
  return { sections, posts: [...posts, ...supportPosts(supportQuota)] };
}

export function regencyStructure(supportQuota: number): Structure {
  const sections: SectionSpec[] = [];
  const posts: PostSpec[] = [
    structural("sekretaris", "Sekretaris", "ADMINISTRATOR", null, "general", "administrator"),
  ];
  for (const subbag of REGENCY_SUBBAGS) addSubbag(subbag, null, sections, posts);
  return { sections, posts: [...posts, ...supportPosts(supportQuota)] };
}

function addSubbag(
  subbag: SubbagTemplate,
  parentKey: string | null,
  sections: SectionSpec[],
  posts: PostSpec[],
): void {
  sections.push({ key: subbag.key, name: subbag.name, kind: "SUB_BAGIAN", parentKey });
  posts.push(
    structural(
      `kasubbag-${subbag.key}`,
      `Kepala Sub Bagian ${subbag.name}`,
      "SUPERVISOR",
      subbag.key,
      subbag.field,
      "supervisor",
    ),
  );
  for (const staff of subbag.functional ?? []) {
    posts.push(staffPost(staff, "FUNCTIONAL", subbag, "functional"));
  }
  for (const staff of subbag.executors) {
    posts.push(staffPost(staff, "EXECUTOR", subbag, "executor"));
  }
}

function structural(
  key: string,
  title: string,
  level: PositionLevel,
  sectionKey: string | null,
  field: Field,
  profile: Profile,
): PostSpec {
  return { key, title, kind: "STRUCTURAL", level, quota: 1, sectionKey, field, profile };
}

function staffPost(
  staff: Staff,
  kind: "FUNCTIONAL" | "EXECUTOR",
  subbag: SubbagTemplate,
  profile: Profile,
): PostSpec {
  const prefix = kind === "FUNCTIONAL" ? "jf" : "pelaksana";
  return {
    key: `${prefix}-${subbag.key}-${staff.key}`,
    title: staff.title,
    kind,
    level: kind,
    quota: staff.quota ?? 1,
    sectionKey: subbag.key,
    field: staff.field ?? subbag.field,
    profile,
  };
}

/** Support posts whose quotas add up to `quota`, handed out round-robin (12 → 3, 3, 2, 2, 2). */
function supportPosts(quota: number): PostSpec[] {
  return SUPPORT_POSTS.map((staff, index): PostSpec => ({
    key: `pendukung-${staff.key}`,
    title: staff.title,
    kind: "SUPPORT",
    level: "SUPPORT",
    quota: Math.floor(quota / SUPPORT_POSTS.length) + (index < quota % SUPPORT_POSTS.length ? 1 : 0),
    sectionKey: null,
    field: "general",
    profile: "support",
  })).filter((post) => post.quota > 0);
}
