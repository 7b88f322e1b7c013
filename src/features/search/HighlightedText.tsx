import type { TextPiece } from './searchRecords';

/** Plain text pieces with the matches in <mark>; React escapes every piece, nothing is markup. */
export function HighlightedText({ pieces }: { pieces: readonly TextPiece[] }) {
  return (
    <>
      {pieces.map((piece, index) =>
        piece.match ? <mark key={index}>{piece.text}</mark> : <span key={index}>{piece.text}</span>,
      )}
    </>
  );
}
