/**
 * The kinds of file a person's documents may be, recognised by their first bytes: what the browser
 * declares is only a hint, and a file is never accepted on its name or declared type alone.
 */
export const allowedMediaTypes = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
  'text/plain',
] as const;
export type AllowedMediaType = (typeof allowedMediaTypes)[number];

export const extensionOf: Record<AllowedMediaType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'text/plain': 'txt',
};

const ascii = (bytes: Uint8Array, start: number, end: number) =>
  String.fromCharCode(...bytes.subarray(start, Math.min(end, bytes.length)));

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

const heicBrands = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);
const zipLocalHeader = [0x50, 0x4b, 0x03, 0x04];
const latin1 = new TextDecoder('latin1');

function sniffZipDocument(bytes: Uint8Array): AllowedMediaType | null {
  // An OpenDocument file starts with an uncompressed "mimetype" entry naming its kind.
  if (ascii(bytes, 30, 38) === 'mimetype') {
    return ascii(bytes, 38, 38 + 39) === 'application/vnd.oasis.opendocument.text'
      ? 'application/vnd.oasis.opendocument.text'
      : null;
  }
  // A Word document names its main part in the archive's (uncompressed) directory of entries.
  const names = latin1.decode(bytes);
  return names.includes('[Content_Types].xml') && names.includes('word/document.xml')
    ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    : null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function isPlainText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return false;
  }
  // Tab, line feed, form feed and carriage return are text; other control characters mean a binary file.
  const textControls = new Set([0x09, 0x0a, 0x0c, 0x0d]);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code < 0x20 && !textControls.has(code)) || code === 0x7f) return false;
  }
  return true;
}

/** The media type the content really has, or null when it is none of the allowed kinds. */
export function sniffMediaType(bytes: Uint8Array): AllowedMediaType | null {
  if (bytes.length === 0) return null;
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'image/webp';
  if (ascii(bytes, 4, 8) === 'ftyp' && heicBrands.has(ascii(bytes, 8, 12))) return 'image/heic';
  if (startsWith(bytes, zipLocalHeader)) return sniffZipDocument(bytes);
  return isPlainText(bytes) ? 'text/plain' : null;
}

/** Declared types that say nothing about the content, sent by browsers that do not know the file. */
const unspecificTypes = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

export type MediaTypeDecision =
  | { outcome: 'accepted'; mediaType: AllowedMediaType }
  | { outcome: 'not_allowed' }
  | { outcome: 'mismatch'; declared: string; detected: AllowedMediaType };

/**
 * Accepts a file whose content is an allowed kind. A declared type that names another kind is refused:
 * a file sent as a PDF that is really something else is not stored under a false label.
 */
export function decideMediaType(bytes: Uint8Array, declared: string | null | undefined): MediaTypeDecision {
  const detected = sniffMediaType(bytes);
  if (!detected) return { outcome: 'not_allowed' };
  const declaredType = (declared ?? '').split(';')[0]!.trim().toLowerCase();
  if (unspecificTypes.has(declaredType) || declaredType === detected) {
    return { outcome: 'accepted', mediaType: detected };
  }
  // Phones and older systems name the same kinds differently.
  const aliases: Record<string, AllowedMediaType> = {
    'image/jpg': 'image/jpeg',
    'image/pjpeg': 'image/jpeg',
    'image/heif': 'image/heic',
    'image/heic-sequence': 'image/heic',
  };
  if (aliases[declaredType] === detected) return { outcome: 'accepted', mediaType: detected };
  // Text files are declared in many ways (CSV, Markdown…): all are stored and served as plain text.
  if (detected === 'text/plain' && declaredType.startsWith('text/')) {
    return { outcome: 'accepted', mediaType: detected };
  }
  return { outcome: 'mismatch', declared: declaredType, detected };
}
