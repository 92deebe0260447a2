/** The demo accounts: one per role and level, all with the same published password. */
import type { Role } from "@/lib/generated/prisma/enums";
import { SEEDED_AT } from "./dates";
import { positionId, unitId, type DemoData } from "./dataset";

export const DEMO_PASSWORD = "kpuntb2026";

export interface DemoLogin {
  /** English label of the role, for the README and the console. */
  role: string;
  roleId: Role;
  /** Region code of the user's home unit. */
  unitCode: string;
  username: string;
  password: string;
}

interface DemoAccount extends Omit<DemoLogin, "password"> {
  /** Shown in the header when no official is linked. */
  displayName: string;
  /** The post whose current holder the account belongs to. */
  heldPost?: string;
}

const ACCOUNTS: DemoAccount[] = [
  {
    role: "Administrator",
    roleId: "ADMINISTRATOR",
    unitCode: "52",
    username: "admin",
    displayName: "Administrator Sistem",
  },
  {
    role: "Provincial secretary",
    roleId: "SECRETARY",
    unitCode: "52",
    username: "sekprov",
    displayName: "Sekretaris KPU Provinsi NTB",
    heldPost: "sekretaris",
  },
  {
    role: "Provincial staff",
    roleId: "STAFF",
    unitCode: "52",
    username: "stafprov",
    displayName: "Staf KPU Provinsi NTB",
  },
  {
    role: "Regency/city secretary",
    roleId: "SECRETARY",
    unitCode: "5204",
    username: "sekkab.sumbawa",
    displayName: "Sekretaris KPU Kabupaten Sumbawa",
    heldPost: "sekretaris",
  },
  {
    role: "Regency/city staff",
    roleId: "STAFF",
    unitCode: "5271",
    username: "staf.mataram",
    displayName: "Staf KPU Kota Mataram",
  },
  {
    role: "Regency secretary (KPU Kabupaten Dompu)",
    roleId: "SECRETARY",
    unitCode: "5205",
    username: "sekkab.dompu",
    displayName: "Sekretaris KPU Kabupaten Dompu",
    heldPost: "sekretaris",
  },
  {
    role: "Regency secretary (KPU Kabupaten Lombok Utara)",
    roleId: "SECRETARY",
    unitCode: "5208",
    username: "sekkab.lombokutara",
    displayName: "Sekretaris KPU Kabupaten Lombok Utara",
    heldPost: "sekretaris",
  },
  {
    role: "City secretary (KPU Kota Bima)",
    roleId: "SECRETARY",
    unitCode: "5272",
    username: "sekkot.bima",
    displayName: "Sekretaris KPU Kota Bima",
    heldPost: "sekretaris",
  },
  {
    role: "National secretary (Sekretariat Jenderal KPU RI)",
    roleId: "SECRETARY",
    unitCode: "RI",
    username: "sekjen",
    displayName: "Sekretaris Jenderal KPU RI",
  },
  {
    role: "National administrator (Sekretariat Jenderal KPU RI)",
    roleId: "ADMINISTRATOR",
    unitCode: "RI",
    username: "admin.ri",
    displayName: "Administrator Sekretariat Jenderal",
  },
  {
    role: "Read-only viewer",
    roleId: "VIEWER",
    unitCode: "52",
    username: "pemantau",
    displayName: "Pemantau KPU Provinsi NTB",
  },
];

export const DEMO_LOGINS: readonly DemoLogin[] = ACCOUNTS.map(({ role, roleId, unitCode, username }) => ({
  role,
  roleId,
  unitCode,
  username,
  password: DEMO_PASSWORD,
}));

export interface SeedUser {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  unitId: string;
  officialId: string | null;
  locale: string;
  createdAt: Date;
  updatedAt: Date;
}

/** The demo users, linked to the officials who hold their posts in `data`; all share one bcrypt hash. */
export function demoUsers(data: DemoData, passwordHash: string): SeedUser[] {
  return ACCOUNTS.map((account) => {
    const official = account.heldPost
      ? currentHolder(data, positionId(account.unitCode, account.heldPost))
      : null;
    return {
      id: `demo-user-${account.username}`,
      username: account.username,
      displayName: official?.name ?? account.displayName,
      passwordHash,
      role: account.roleId,
      unitId: unitId(account.unitCode),
      officialId: official?.id ?? null,
      locale: "id",
      createdAt: SEEDED_AT,
      updatedAt: SEEDED_AT,
    };
  });
}

function currentHolder(data: DemoData, post: string) {
  const assignment = data.assignments.find((a) => a.positionId === post && a.endDate === null);
  const official = data.officials.find((o) => o.id === assignment?.officialId);
  if (!official) throw new Error(`demo data: nobody holds ${post}`);
  return official;
}
