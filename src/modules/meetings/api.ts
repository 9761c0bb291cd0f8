/** Meetings of a consortium: no other module needs them yet. */
export {};
