// Placeholder: replaced by the feature's implementation.
export function PartnershipFormScreen(props: { partnershipId?: string | undefined }) {
  return <pre>{JSON.stringify(props)}</pre>;
}
