// Placeholder: replaced by the feature's implementation.
export function SearchScreen(props: Record<string, never>) {
  return <pre>{JSON.stringify(props)}</pre>;
}
