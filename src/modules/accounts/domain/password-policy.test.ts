import { dictionary } from '@zxcvbn-ts/language-common';
import { describe, expect, it } from 'vitest';
import { demoPassword } from '../../../demo/staff.js';
import { maxPasswordLength, minPasswordLength, passwordProblem } from './password-policy.js';

describe('password policy', () => {
  it('counts characters as people see them, with no composition rule', () => {
    expect([...'tomato basil'].length).toBe(minPasswordLength);
    expect(passwordProblem('tomato basil')).toBeNull();
    expect(passwordProblem('short pass')).toBe('too_short');
    // Eleven emoji are 22 UTF-16 units but eleven characters: too short.
    expect(passwordProblem('🐢🦊🐙🦉🐝🐳🦀🐌🦋🐞🐬')).toBe('too_short');
    // Spaces, accents, Arabic, any case: all welcome, no digit or symbol required.
    expect(passwordProblem('le chat dort sur le radiateur')).toBeNull();
    expect(passwordProblem('كلمة مرور طويلة جدا')).toBeNull();
    expect(passwordProblem('éléphant rose à vélo')).toBeNull();
  });

  it('accepts long passwords, well beyond 64 characters', () => {
    const long = 'x7Q '.repeat(40).slice(0, 128);
    expect(passwordProblem(`${long}z`)).toBeNull();
    expect(passwordProblem('ab'.repeat(maxPasswordLength))).toBe('too_long');
  });

  it('refuses the common passwords of the shipped list, bare or padded', () => {
    const listed = dictionary['passwords-common'].filter((p) => [...p].length >= minPasswordLength);
    expect(listed.length).toBeGreaterThan(100);
    for (const password of listed.slice(0, 200)) expect(passwordProblem(password)).toBe('breached');
    expect(passwordProblem('QWERTY123456')).toBe('breached');
    expect(passwordProblem('Password123456!')).toBe('breached');
    expect(passwordProblem('  iloveyou2026?! ')).toBe('breached');
    expect(passwordProblem('monkeymonkeymonkey')).toBe('breached');
    expect(passwordProblem('zzzzzzzzzzzzzz')).toBe('breached');
  });

  it('refuses the name of the product and what is known of the account', () => {
    expect(passwordProblem('Passerelle2026!')).toBe('breached');
    expect(passwordProblem('amel.benali@example.test', ['amel.benali@example.test'])).toBe('breached');
    expect(passwordProblem('Amel.Benali-1990', ['amel.benali@example.test'])).toBe('breached');
  });

  it('accepts the demo password and the passwords of the tests', () => {
    expect(passwordProblem(demoPassword)).toBeNull();
    expect(passwordProblem('correct horse battery')).toBeNull();
    expect(passwordProblem('a long enough password')).toBeNull();
  });
});
