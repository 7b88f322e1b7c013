// The first photo of a log entry or meeting on its card in a list: a small thumbnail, loaded when
// the card comes near the screen (fetched from the server then, when online and allowed), with
// the number of further photos.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PhotoImage } from './PhotoImage';
import { useNearViewport } from './useNearViewport';
import { usePhotoIdsOf } from './usePhotoIndex';
import './photos.css';

/** The size of a card's thumbnail (CSS shows it as a square of this size). */
const CARD_THUMB = 64;

export function CardPhotos({ targetId }: { targetId: string }) {
  const ids = usePhotoIdsOf(targetId);
  const first = ids[0];
  if (!first) return null;
  return <CardThumbnail photoId={first} count={ids.length} />;
}

function CardThumbnail({ photoId, count }: { photoId: string; count: number }) {
  const { t } = useTranslation();
  const place = useRef<HTMLSpanElement>(null);
  const near = useNearViewport(place);
  return (
    <span ref={place} className="card-photos">
      {near ? (
        <PhotoImage
          photoId={photoId}
          part="thumb"
          alt={t('photos:card.alt', { count })}
          width={CARD_THUMB}
          height={CARD_THUMB}
          auto
          compact
          className="card-photos__image"
        />
      ) : null}
      {count > 1 ? (
        <span className="card-photos__more" aria-hidden="true">
          +{count - 1}
        </span>
      ) : null}
    </span>
  );
}
