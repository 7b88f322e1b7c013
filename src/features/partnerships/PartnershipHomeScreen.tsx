// Placeholder: replaced by the feature's implementation.
export function PartnershipHomeScreen(props: { partnershipId: string }) {
  return <pre>{JSON.stringify(props)}</pre>;
}
