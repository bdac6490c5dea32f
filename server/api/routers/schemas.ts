import { z } from "zod";
import { ORGANIZATION_ROLES } from "@/server/services/roles";

/** Input pieces shared by several routers. Format rules live in the services; these only bound size. */
export const slugInput = z.string().trim().min(1).max(64);
export const roleInput = z.enum(ORGANIZATION_ROLES);
export const nameInput = z.string().trim().min(1).max(100);
