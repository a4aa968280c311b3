/** What a member sees of their own account. */
import type { User } from "../db/generated/client.ts";

export type UserView = {
  id: string;
  email: string | null;
  emailVerified: boolean;
  name: string;
  locale: "fr" | "en";
  role: "member" | "admin";
  createdAt: string;
};

export function toUserView(user: User): UserView {
  return {
    id: user.id,
    email: user.email,
    emailVerified: user.emailVerifiedAt !== null,
    name: user.name,
    locale: user.locale,
    role: user.role,
    createdAt: user.createdAt.toISOString(),
  };
}
