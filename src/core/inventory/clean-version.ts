/**
 * The version string people see, as the article cleans it: the package
 * architecture in parentheses is dropped.
 *
 * @example cleanVersion(' 8.202.b08-66(amd64) ') // '8.202.b08-66'
 */
export function cleanVersion(raw: string): string {
  const paren = raw.indexOf('(');
  return (paren < 0 ? raw : raw.slice(0, paren)).trim();
}
