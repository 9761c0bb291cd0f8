/** Last day of the month before `today` ('YYYY-MM-DD'): the period a committee usually closes once reported. */
export function lastMonthEnd(today: string): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1, 0)).toISOString().slice(0, 10);
}
