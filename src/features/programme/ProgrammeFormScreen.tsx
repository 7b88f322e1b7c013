// Placeholder: replaced by the feature's implementation.
export function ProgrammeFormScreen(props: { partnershipId: string }) {
  return <pre>{JSON.stringify(props)}</pre>;
}
