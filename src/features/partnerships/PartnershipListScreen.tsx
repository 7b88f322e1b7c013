// Placeholder: replaced by the feature's implementation.
export function PartnershipListScreen(props: Record<string, never>) {
  return <pre>{JSON.stringify(props)}</pre>;
}
