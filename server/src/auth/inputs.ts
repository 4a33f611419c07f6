import { z } from "zod";

export const loginSchema = z.object({
  username: z.string().trim().toLowerCase().min(1, "must not be empty").max(64, "must be at most 64 characters"),
  // Bounded so that a huge password cannot make the slow hash a denial of service.
  password: z.string().min(1, "must not be empty").max(256, "must be at most 256 characters"),
});
