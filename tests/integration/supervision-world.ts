/** The units and people of the supervision tests: a province under the national level with two regencies. */
import { prisma } from "@/lib/db/client";
import {
  createOfficial,
  createProvinceWithRegencies,
  createSection,
  createUnit,
  createUser,
  currentUser,
} from "./db-utils";

export async function setting() {
  const nation = await createUnit({ level: "NATIONAL" });
  const { province, regencyA, regencyB } = await createProvinceWithRegencies();
  await prisma.workUnit.update({ where: { id: province.id }, data: { parentId: nation.id } });
  const lead = await createOfficial(province.id);
  const owner = await createOfficial(regencyA.id);
  const section = await createSection(regencyA.id, { staffQuota: 3 });
  await createOfficial(regencyA.id, { sectionId: section.id });
  const users = {
    sekprov: await currentUser((await createUser({ role: "SECRETARY", unitId: province.id })).id),
    sekkab: await currentUser((await createUser({ role: "SECRETARY", unitId: regencyA.id })).id),
    other: await currentUser((await createUser({ role: "SECRETARY", unitId: regencyB.id })).id),
    pusat: await currentUser((await createUser({ role: "SECRETARY", unitId: nation.id })).id),
    ownerAccount: await createUser({ role: "STAFF", unitId: regencyA.id, officialId: owner.id }),
  };
  return { nation, province, regencyA, regencyB, lead, owner, section, users };
}
