// Entry of the bundled Action (dist/index.js). No logic here: see run.ts.
import { run } from "./run.js";

process.exitCode = await run();
