// Placeholder: replaced by the feature's implementation.
export function SettingsScreen(props: Record<string, never>) {
  return <pre>{JSON.stringify(props)}</pre>;
}
