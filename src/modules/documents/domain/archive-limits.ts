import { unzipSync } from 'fflate';

/**
 * What a Word or OpenDocument file (a zip archive) may hold (ASVS 5.2.3). The server stores these
 * files sealed and never unpacks them, but the person who opens one does: an archive that unpacks to
 * gigabytes, or holds thousands of entries, is refused before it is stored. Only the archive's
 * directory is read; nothing is inflated.
 */
export const archiveLimits = {
  /** A long CV with photos unpacks to a few MiB; 100 MiB leaves a wide margin. */
  maxUnpackedBytes: 100 * 1024 * 1024,
  maxEntries: 2_000,
  /** Text compresses about 10:1; a ratio above this is a decompression bomb, not a document. */
  maxRatio: 200,
} as const;

export type ArchiveVerdict =
  | { outcome: 'accepted'; entries: number; unpackedBytes: number }
  | { outcome: 'unreadable' }
  | { outcome: 'too_large'; reason: 'unpacked_size' | 'entries' | 'ratio' };

export function inspectArchive(bytes: Uint8Array, limits = archiveLimits): ArchiveVerdict {
  let entries = 0;
  let unpackedBytes = 0;
  let ratioExceeded = false;
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        entries += 1;
        unpackedBytes += entry.originalSize;
        // Tiny entries compress oddly (a 0-byte file, repeated padding): judge the ratio above 1 MiB.
        if (
          entry.originalSize > 1024 * 1024 &&
          entry.originalSize > Math.max(entry.size, 1) * limits.maxRatio
        )
          ratioExceeded = true;
        return false;
      },
    });
  } catch {
    return { outcome: 'unreadable' };
  }
  if (entries > limits.maxEntries) return { outcome: 'too_large', reason: 'entries' };
  if (unpackedBytes > limits.maxUnpackedBytes) return { outcome: 'too_large', reason: 'unpacked_size' };
  if (ratioExceeded) return { outcome: 'too_large', reason: 'ratio' };
  return { outcome: 'accepted', entries, unpackedBytes };
}
