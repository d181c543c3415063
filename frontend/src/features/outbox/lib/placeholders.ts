/** The `{name}` placeholders a message template uses, in order of first appearance. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))];
}

/** Placeholders of `edited` that the original template did not offer (the sender has no value for them). */
export function unknownPlaceholders(original: string, edited: string): string[] {
  const known = new Set(placeholders(original));
  return placeholders(edited).filter((name) => !known.has(name));
}
