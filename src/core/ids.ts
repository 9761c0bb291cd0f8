import { v7 } from 'uuid';

export type IdGenerator = () => string;

/** UUIDv7: time-ordered, so new rows land at the end of B-tree indexes and ids sort by creation. */
export const uuidv7: IdGenerator = () => v7();
