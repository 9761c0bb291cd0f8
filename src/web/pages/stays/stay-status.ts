import { okGreen } from '../../status-colors.js';

/** A stay's status as a filled badge whose white text keeps a 4.5:1 contrast (axe). */
export const statusColor = { planned: 'blue.8', done: okGreen, cancelled: 'gray.7' } as const;
