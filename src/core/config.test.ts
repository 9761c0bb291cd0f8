import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('configuration', () => {
  it('points links and QR codes at the port the server listens on when PUBLIC_URL is not set', () => {
    expect(loadConfig({ PORT: '3456' }).PUBLIC_URL).toBe('http://localhost:3456');
    expect(loadConfig({}).PUBLIC_URL).toBe('http://localhost:3000');
  });

  it('keeps an explicit PUBLIC_URL whatever the port', () => {
    expect(loadConfig({ PORT: '3456', PUBLIC_URL: 'https://passerelle.example.org' }).PUBLIC_URL).toBe(
      'https://passerelle.example.org',
    );
  });
});
