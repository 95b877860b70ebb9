/** A dimension without a quick win: Kominfo evaluates quick wins, and cities usually have one per dimension. */
export declare const noQuickWin: import("./rule.ts").Rule;
