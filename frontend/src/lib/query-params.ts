// Reading filters from a URL query: anything malformed reads as absent, so a hand-edited link never breaks a page.

/** A whole number ≥ 1, or undefined. */
export function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const parsed = Number(value);
  return parsed >= 1 && Number.isSafeInteger(parsed) ? parsed : undefined;
}

/** One of `allowed`, or undefined. */
export function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

/** A day written yyyy-MM-dd. */
export const DAY = /^\d{4}-\d{2}-\d{2}$/;
