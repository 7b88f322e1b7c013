// Placeholder: replaced by the feature's implementation.
export function ProgrammeScreen(props: { partnershipId: string }) {
  return <pre>{JSON.stringify(props)}</pre>;
}
