/**
 * Badge colours for states (paid, late, held…): darker than Mantine's green.9 and orange.9, whose white
 * text falls short of WCAG AA contrast (4.5:1). The text in the badge always carries the state.
 */
export const okGreen = '#1e6b34';
export const lateOrange = '#9c3a00';
