import { createTheme } from '@mantine/core';

/** Darker shades than Mantine's defaults where text sits on light backgrounds, for AA contrast. */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", sans-serif',
  defaultRadius: 'sm',
  focusRing: 'auto',
  components: {
    Anchor: { defaultProps: { c: 'blue.8' } },
  },
});
