// The values a choice offers: the usual ones, then any value the record already holds that is not
// among them (set on another device or by a newer version), so it stays shown and is never dropped
// unseen when the record is edited.
export function withCurrentValues(usual: readonly string[], current: readonly string[]): string[] {
  const values = [...usual];
  for (const value of current) if (!values.includes(value)) values.push(value);
  return values;
}
