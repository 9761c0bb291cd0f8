import {
  type CSSVariablesResolver,
  createTheme,
  darken,
  defaultVariantColorsResolver,
  parseThemeColor,
  rgba,
  toRgba,
  type VariantColorsResolver,
} from '@mantine/core';

/**
 * An explicit shade (`color="red.8"`) names the colour of the text. Mantine's own resolver paints the
 * light variant's background with the full shade under its pale "light" text (the Write off button was
 * red on red, 1.2:1) and lightens subtle and transparent text to shade 6 (3.3:1 on white). Here the
 * text is the shade, darkened as little as needed to stay at 4.5:1 over a tint of itself (the light
 * background, and the hover of every variant).
 */
export const variantColorResolver: VariantColorsResolver = (input) => {
  const resolved = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color, theme: input.theme });
  if (!parsed.isThemeColor || parsed.shade === undefined) return resolved;
  const shade = input.theme.colors[parsed.color]?.[parsed.shade];
  if (!shade || !['light', 'subtle', 'transparent'].includes(input.variant)) return resolved;
  const hover = rgba(shade, 0.16);
  const color = readableOn(shade, hover);
  if (input.variant === 'light') return { ...resolved, background: rgba(shade, 0.1), hover, color };
  return { ...resolved, color };
};

/** The colour, darkened step by step until it reads at 4.5:1 (WCAG AA) on the tinted background. */
function readableOn(color: string, background: string): string {
  let text = color;
  for (let step = 1; step <= 20 && contrastOnWhite(text, background) < 4.5; step += 1)
    text = darken(color, step * 0.05);
  return text;
}

function contrastOnWhite(text: string, background: string): number {
  const lum = (value: string) => {
    const { r, g, b, a } = toRgba(value);
    const channel = (c: number) => {
      const s = (c * a + 255 * (1 - a)) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const [high, low] = [lum(text), lum(background)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", sans-serif',
  defaultRadius: 'sm',
  focusRing: 'auto',
  // Someone whose system asks for less motion (vestibular disorders, a slow phone) gets dialogs,
  // menus and notices that appear without sliding or fading.
  respectReducedMotion: true,
  variantColorResolver,
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
