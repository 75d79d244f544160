import type { Route } from "../router.js";

export const pullRoutes: Route[] = [];
