import { DEFAULT_THEME, mergeMantineTheme, toRgba } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { theme, variantColorResolver } from './theme.js';

const full = mergeMantineTheme(DEFAULT_THEME, theme);

/** WCAG relative luminance of an sRGB colour. */
function luminance({ r, g, b }: { r: number; g: number; b: number }): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The colour seen when a (possibly translucent) background lies on the white page. */
function onWhite(color: string) {
  if (color === 'transparent') return { r: 255, g: 255, b: 255 };
  const { r, g, b, a } = toRgba(color);
  const mix = (value: number) => value * a + 255 * (1 - a);
  return { r: mix(r), g: mix(g), b: mix(b) };
}

function contrast(text: string, background: string): number {
  const [high, low] = [luminance(onWhite(text)), luminance(onWhite(background))].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

describe('buttons and badges with an explicit shade', () => {
  // Every shade the pages give to a light, subtle or transparent control.
  const colors = ['red.8', 'red.9', 'orange.9', 'blue.8', 'grape.9'];
  for (const variant of ['light', 'subtle', 'transparent'])
    for (const color of colors)
      it(`${variant} ${color}: text at least 4.5:1 on its background`, () => {
        const resolved = variantColorResolver({ color, theme: full, variant });
        expect(contrast(resolved.color, resolved.background)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(resolved.color, resolved.hover)).toBeGreaterThanOrEqual(4.5);
      });

  it('the Write off button (light, red.8) is no longer red on red', () => {
    const resolved = variantColorResolver({ color: 'red.8', theme: full, variant: 'light' });
    expect(resolved.background).not.toBe(full.colors.red[8]);
    expect(contrast(resolved.color, resolved.background)).toBeGreaterThan(4.5);
  });
});
