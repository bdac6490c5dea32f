import { testDatabaseUrl } from "./database";

// Set before any server module loads server/env.ts (vitest already sets NODE_ENV=test).
// Redis db 15 keeps test keys apart from a developer's running instance.
process.env.DATABASE_URL = testDatabaseUrl();
process.env.REDIS_URL ??= "redis://127.0.0.1:6379/15";
process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123456789";
process.env.PUBLIC_URL ??= "http://localhost:3000";
