/**
 * The link port: short-lived addresses that show a stored photo to a member who was allowed to see it. The
 * handler checks membership first, then asks for links; nothing is served from a guessable public path.
 * WeChat binding (wxLinks.ts): `cloud.getTempFileURL({fileList})` (wxcloud/reference-server-api/storage/getTempFileURL),
 * with the storage rule set to private reads (README). Local binding: src/cloud/local/evidenceFiles.ts (signed URLs).
 */
export interface FileLinks {
  /** A temporary URL for each fileID that exists (others left out). */
  urls(fileIDs: string[]): Promise<Record<string, string>>
}
