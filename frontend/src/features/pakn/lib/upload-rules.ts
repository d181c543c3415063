/** The file types of the manual, exactly; the backend sniffs the content and refuses a mismatch. */
export const ALLOWED_TYPES = [
  "audio/mpeg",
  "image/jpeg",
  "image/png",
  "image/webp",
  "text/plain",
  "application/pdf",
  "video/mp4",
] as const;

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export const ACCEPT = ALLOWED_TYPES.join(",");

/** Why a file cannot be attached ("type" or "size"), or null when it can. */
export function uploadRefusal(file: { type: string; size: number }): "type" | "size" | null {
  if (!(ALLOWED_TYPES as readonly string[]).includes(file.type)) return "type";
  if (file.size > MAX_FILE_BYTES) return "size";
  return null;
}
