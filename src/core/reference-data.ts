/**
 * A file shipped in reference-data/ (classifications, name variants, language scales, fonts), found from
 * this module's place in the sources (the compiled server keeps it: scripts/build-server.mjs).
 */
export function referenceDataFile(path: string): URL {
  return new URL(`../../reference-data/${path}`, import.meta.url);
}
