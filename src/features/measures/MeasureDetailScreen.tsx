// Placeholder: replaced by the feature's implementation.
export function MeasureDetailScreen(props: { partnershipId: string; measureId: string }) {
  return <pre>{JSON.stringify(props)}</pre>;
}
