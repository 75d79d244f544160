// Kept in step with package.json by the build (scripts/build.mjs defines it); "dev" when run from source.
declare const __HG_VERSION__: string | undefined;
export const VERSION: string = typeof __HG_VERSION__ === "string" ? __HG_VERSION__ : "dev";
