import { describe, expect, it } from 'vitest';
import { formatFileSize } from './format-size.js';

describe('file sizes', () => {
  it('reads in bytes, kilobytes or megabytes in the user language', () => {
    expect(formatFileSize(512, 'en-GB')).toBe('512 byte');
    expect(formatFileSize(840 * 1024, 'en-GB')).toBe('840 kB');
    expect(formatFileSize(2.44 * 1024 * 1024, 'en-GB')).toBe('2.4 MB');
    expect(formatFileSize(2.44 * 1024 * 1024, 'fr-FR')).toMatch(/^2,4\s?Mo$/);
  });
});
