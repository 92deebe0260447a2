/** Every change to accounts (pengguna) and to one's own password; each one a defineMutation. */
export {
  createAccount,
  deactivateAccount,
  reactivateAccount,
  resetPassword,
  updateAccount,
} from "./account-mutations";
export { changeOwnPassword } from "./own-password-mutation";
