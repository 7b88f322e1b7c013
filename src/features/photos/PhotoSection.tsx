// The photos of a log entry or meeting: thumbnails with where each stands, the full view on tap,
// and the buttons to take or choose more. Used on the record's form and its detail screen.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhotoItem } from '../../db';
import { Section } from '../../ui/Section';
import { Loading } from '../shared/Loading';
import { PhotoCapture } from './PhotoCapture';
import { PhotoImage } from './PhotoImage';
import { PhotoStatus } from './PhotoStatus';
import { photoAlt, thumbSize } from './photoText';
import { PhotoViewer } from './PhotoViewer';
import { usePhotos } from './usePhotos';
import './photos.css';

export interface PhotoSectionProps {
  /** The log entry or meeting (for a new one: the id it gets when saved). */
  targetId: string;
  partnershipId: string;
  /** The language of the record's text: captions are written in it. */
  lang: string;
  /** A line under the heading (e.g. that photos of a new entry wait for it to be saved). */
  hint?: string | undefined;
  onAdded?: (() => void) | undefined;
}

const SECTION_ID = 'photos';

export function PhotoSection({ targetId, partnershipId, lang, hint, onAdded }: PhotoSectionProps) {
  const { t } = useTranslation();
  const photos = usePhotos(targetId);
  const [open, setOpen] = useState<string | null>(null);
  const deleted = useRef<string | null>(null);
  // A deleted photo's thumbnail goes a moment after the viewer closes: the focus, which went back
  // to it, then goes on to "take a photo" instead of getting lost.
  useEffect(() => {
    const id = deleted.current;
    if (!id || !photos || photos.some((item) => item.photo.id === id)) return;
    deleted.current = null;
    document.getElementById(`${SECTION_ID}-camera`)?.focus();
  }, [photos]);

  return (
    <Section id={SECTION_ID} title={t('photos:section.title')}>
      {hint ? <p className="muted">{hint}</p> : null}
      {photos === undefined ? (
        <Loading />
      ) : photos.length === 0 ? (
        <p className="muted">{t('photos:section.empty')}</p>
      ) : (
        <ul className="photo-grid">
          {photos.map((item, index) => (
            <PhotoTile
              key={item.photo.id}
              item={item}
              index={index}
              count={photos.length}
              onOpen={() => setOpen(item.photo.id)}
            />
          ))}
        </ul>
      )}
      <PhotoCapture
        idPrefix={SECTION_ID}
        targetId={targetId}
        partnershipId={partnershipId}
        lang={lang}
        onAdded={onAdded}
      />
      {open && photos ? (
        <PhotoViewer
          items={photos}
          photoId={open}
          onNavigate={setOpen}
          onClose={() => setOpen(null)}
          onDeleted={(id) => {
            deleted.current = id;
            setOpen(null);
          }}
          returnFocus={() => document.getElementById(`${SECTION_ID}-camera`)}
        />
      ) : null}
    </Section>
  );
}

function PhotoTile({
  item,
  index,
  count,
  onOpen,
}: {
  item: PhotoItem;
  index: number;
  count: number;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const { width, height } = thumbSize(item.photo);
  const alt = photoAlt(t, item.photo, index, count);
  return (
    <li className="photo-tile">
      <button
        type="button"
        className="photo-tile__open"
        aria-label={t('photos:section.open', { photo: alt })}
        onClick={onOpen}
      >
        <PhotoImage
          photoId={item.photo.id}
          part="thumb"
          alt={alt}
          width={width}
          height={height}
          auto
        />
      </button>
      <PhotoStatus item={item} />
    </li>
  );
}
