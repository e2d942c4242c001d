// The limits on a shared file of sources, apart from the reader (import-file.ts) so that the Sources page can
// check a file's size before reading it without carrying the pack schema.

/** Largest file read, in UTF-8 bytes; pages check the file's size against it before reading it. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
