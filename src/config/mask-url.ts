/** A URL fit to show: `redis://:s3cret@cache:6379/0` -> `redis://:***@cache:6379/0`. Non-URLs are returned as they are. */
export function maskUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    // Not parseable, but may still look like scheme://user:pass@host: mask that part by hand.
    return text.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1***@');
  }
  if (url.password) url.password = '***';
  else if (url.username && url.protocol.startsWith('redis')) url.username = '***';
  // Tokens are sometimes passed as query parameters: hide their values, keep the names.
  for (const key of [...url.searchParams.keys()]) url.searchParams.set(key, '***');
  return url.toString();
}
