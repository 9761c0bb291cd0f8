import { type CSSVariablesResolver, createTheme } from '@mantine/core';

/** Darker shades than Mantine's defaults where text sits on light backgrounds, for AA contrast. */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", sans-serif',
  defaultRadius: 'sm',
  focusRing: 'auto',
  components: {
    Anchor: { defaultProps: { c: 'blue.8' } },
    // The light variant's blue text on pale blue is below 4.5:1.
    NavLink: { defaultProps: { variant: 'filled' } },
  },
});

/** Mantine's dimmed grey is below 4.5:1 on light backgrounds: a darker grey instead. */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': resolved.colors.gray[7],
    // Error text and invalid inputs: the default red is below 4.5:1 on white.
    '--mantine-color-error': resolved.colors.red[9],
  },
  dark: {},
});
