import { type AllowedMediaType, extensionOf } from './media-type.js';

const maxNameLength = 180;
const reserved = new Set(['<', '>', ':', '"', '|', '?', '*']);

/** Control characters, characters Windows refuses, and invisible marks that make a name lie (`fdp\u202Etxt.exe`). */
function isUnsafeInFileName(character: string): boolean {
  const code = character.codePointAt(0)!;
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    reserved.has(character) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/**
 * The name a file is kept and downloaded under: no folders, no characters that file systems or
 * headers reject, an extension that tells its real kind, and never empty.
 */
export function sanitizeFileName(original: string, mediaType: AllowedMediaType): string {
  const lastSegment = original.split(/[/\\]/).pop() ?? '';
  const cleaned = Array.from(lastSegment.normalize('NFC'))
    .filter((character) => !isUnsafeInFileName(character))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const extension = extensionOf[mediaType];
  const dot = cleaned.lastIndexOf('.');
  const currentExtension = dot > 0 ? cleaned.slice(dot + 1).toLowerCase() : '';
  const sameKind =
    currentExtension === extension ||
    (mediaType === 'image/jpeg' && currentExtension === 'jpeg') ||
    (mediaType === 'text/plain' && ['csv', 'md', 'text'].includes(currentExtension));
  const stem = (sameKind ? cleaned.slice(0, dot) : cleaned).trim() || 'document';
  const keptExtension = sameKind ? currentExtension : extension;
  return `${Array.from(stem).slice(0, maxNameLength).join('').trim()}.${keptExtension}`;
}

/** An ASCII stand-in for clients that do not read the UTF-8 `filename*` of Content-Disposition. */
export function asciiFileName(name: string): string {
  const plain = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._ -]/g, '_');
  return plain.replace(/_+/g, '_') || 'document';
}
