// Placeholder: replaced by the feature's implementation.
export function FollowUpsScreen(props: { partnershipId: string }) {
  return <pre>{JSON.stringify(props)}</pre>;
}
