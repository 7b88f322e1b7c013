// Placeholder: replaced by the feature's implementation.
export function MeetingFormScreen(props: {
  partnershipId: string;
  meetingId?: string | undefined;
}) {
  return <pre>{JSON.stringify(props)}</pre>;
}
