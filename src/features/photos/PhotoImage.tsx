// One image of a photo as stored on the device, or, while it is only on the server, a placeholder
// that says why it is not here (offline, "only on Wi-Fi", not on the server) and fetches it when
// `auto` and allowed. Used for thumbnails in lists and the picture in the full view.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { readPhotoPart } from '../../db';
import type { PhotoPart } from '../../domain';
import { Button } from '../../ui/Button';
import { StoredImage } from './StoredImage';
import { usePhotoDownload, type PhotoDownload } from './usePhotoDownload';

export interface PhotoImageProps {
  photoId: string;
  part: PhotoPart;
  alt: string;
  /** The size the image has (or is shown at), to keep its place while it loads. */
  width: number;
  height: number;
  /** Fetch it from the server when it is not here and that is allowed. */
  auto: boolean;
  /** Offer "try again" (and "download") buttons; not inside another button. */
  actions?: boolean;
  /** A small box (cards): the placeholder says why in its accessible name, not in text. */
  compact?: boolean;
  className?: string;
}

function usePlaceholderText(state: string, download: PhotoDownload): string {
  const { t } = useTranslation();
  if (state === 'unavailable') return t('photos:image.unavailable');
  if (download.status === 'loading') return t('photos:image.loading');
  if (download.status === 'failed') return t('photos:image.failed');
  if (download.transfer === 'offline') return t('photos:image.offline');
  if (download.transfer === 'wifiOnly') return t('photos:image.wifiOnly');
  return t('photos:image.notDownloaded');
}

export function PhotoImage({
  photoId,
  part,
  alt,
  width,
  height,
  auto,
  actions = false,
  compact = false,
  className,
}: PhotoImageProps) {
  const { t } = useTranslation();
  const image = useLiveQuery(() => readPhotoPart(photoId, part), [photoId, part]);
  const state = image?.state ?? 'stored';
  const download = usePhotoDownload(photoId, part, state, auto);
  const text = usePlaceholderText(state, download);
  const classes = ['photo-image', className].filter(Boolean).join(' ');
  if (image?.bytes) {
    return (
      <StoredImage
        bytes={image.bytes}
        alt={alt}
        width={width}
        height={height}
        className={classes}
      />
    );
  }
  if (image === undefined) return <span className={`${classes} photo-image--placeholder`} />;
  if (compact) {
    return (
      <span
        className={`${classes} photo-image--placeholder`}
        role="img"
        aria-label={`${alt}: ${text}`}
      />
    );
  }
  // "Only on Wi-Fi" means never on mobile data: no button gets round it.
  const canFetch =
    actions &&
    state === 'remote' &&
    download.status !== 'loading' &&
    download.transfer === 'allowed';
  return (
    <span className={`${classes} photo-image--placeholder`}>
      <span className="photo-image__text">{text}</span>
      {canFetch && (download.status === 'failed' || !auto) ? (
        <Button onClick={download.start}>
          {download.status === 'failed' ? t('photos:image.retry') : t('photos:image.download')}
        </Button>
      ) : null}
    </span>
  );
}
