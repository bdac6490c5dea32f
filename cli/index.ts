import { main } from "./main";

// Entry point of `npm run faultline -- <command>`; the exit code says whether it worked.
process.exitCode = await main(process.argv.slice(2));
