import { applyLauncherServices } from "./launcherServices";

// Entry point of `npm run faultline -- <command>`; the exit code says whether it worked.
// The commands load server/env.ts, so the launcher's settings are applied before importing them.
applyLauncherServices(process.env);
const { main } = await import("./main");
process.exitCode = await main(process.argv.slice(2));
