// Placeholder: replaced by the feature's implementation.
export function MeasureListScreen(props: { partnershipId: string }) {
  return <pre>{JSON.stringify(props)}</pre>;
}
