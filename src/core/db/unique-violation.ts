/**
 * True when the database refused a row because a unique key already holds its value (SQLSTATE
 * 23505), on both engines; with `constraint`, only for that one. A use case checks first and
 * explains; this catches the same case when two requests race past the check.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const { code, constraint: violated } = (error ?? {}) as { code?: unknown; constraint?: unknown };
  return code === '23505' && (constraint === undefined || violated === constraint);
}
