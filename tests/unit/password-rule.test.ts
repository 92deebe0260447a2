import { describe, expect, it } from "vitest";
import { newPasswordFor, passwordProblem } from "@/lib/users/password-rule";
import { temporaryPassword } from "@/lib/users/temporary-password";

describe("the password rule", () => {
  it("takes ten characters or more that are not the username nor a common password", () => {
    expect(passwordProblem("Gili-Trawangan-7", "staf.mataram")).toBeNull();
    expect(passwordProblem("          ", "staf.mataram")).toBeNull();
  });

  it("refuses fewer than ten characters", () => {
    expect(passwordProblem("Rinjani-7", "staf.mataram")).toBe("passwordTooShort");
    expect(passwordProblem("", "staf.mataram")).toBe("passwordTooShort");
  });

  it("refuses a password containing the username, whatever the case", () => {
    expect(passwordProblem("STAF.MATARAM-2026", "staf.mataram")).toBe("passwordHasUsername");
    expect(passwordProblem("xx-budi.s-xx", " Budi.S ")).toBe("passwordHasUsername");
  });

  it("refuses the passwords guessed first, whatever the case", () => {
    for (const common of ["1234567890", "Password123", "BISMILLAH123", "qwertyuiop", "KPUNTB2026"]) {
      expect(passwordProblem(common, "someone")).toBe("passwordCommon");
    }
  });

  it("refuses what bcrypt would cut short (over 72 bytes)", () => {
    expect(passwordProblem("a".repeat(72), "someone")).toBeNull();
    expect(passwordProblem("é".repeat(37), "someone")).toBe("passwordTooLong");
  });

  it("as a zod schema gives catalogue keys, and refuses control characters", () => {
    const schema = newPasswordFor("staf.mataram");
    expect(schema.safeParse("Gili-Trawangan-7").success).toBe(true);
    const short = schema.safeParse("pendek");
    expect(short.error?.issues[0]?.message).toBe("users.validation.passwordTooShort");
    expect(schema.safeParse("Gili-Trawangan\u0000-7").error?.issues[0]?.message).toBe("controlCharacters");
  });
});

describe("temporary passwords", () => {
  it("pass the rule, differ each time and avoid look-alike characters", () => {
    const passwords = Array.from({ length: 50 }, () => temporaryPassword("staf.mataram"));
    for (const password of passwords) {
      expect(passwordProblem(password, "staf.mataram")).toBeNull();
      expect(password).toMatch(/^[a-km-np-zA-HJ-NP-Z2-9]{14}$/);
    }
    expect(new Set(passwords).size).toBe(50);
  });
});
