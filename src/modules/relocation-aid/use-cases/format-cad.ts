/** An amount in a server message (error placeholders): dollars with two decimals. */
export const formatCad = (cents: number) => `${(Math.max(0, cents) / 100).toFixed(2)} $`;
