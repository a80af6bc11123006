/** The canonical IANA name of a time zone (`europe/paris` -> `Europe/Paris`), or null when unknown. */
export function canonicalTimeZone(name: string): string | null {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    // Intl throws a RangeError for a zone it does not know.
    return null;
  }
}
