/** A year outside the masterplan's period. */
export declare const yearOutsidePeriod: import("./rule.ts").Rule;
