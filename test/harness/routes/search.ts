import type { Route } from "../router.js";

export const searchRoutes: Route[] = [];
