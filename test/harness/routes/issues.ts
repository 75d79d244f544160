import type { Route } from "../router.js";

export const issueRoutes: Route[] = [];
