// A photo in full, in a modal dialog: the picture (fetched from the server when it is not on this
// device yet), its caption to read or change, when it was taken, where it stands with the
// server, the neighbours among the record's photos, and deleting it after a confirmation.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteRecord, isStorageFull, setPhotoCaption, type PhotoItem } from '../../db';
import { useFormat } from '../../i18n';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import { currentUser } from '../shared/sessionStore';
import { ModalDialog } from './ModalDialog';
import { PhotoImage } from './PhotoImage';
import { PhotoStatus } from './PhotoStatus';
import { photoAlt } from './photoText';

const TITLE_ID = 'photo-viewer-title';

export function PhotoViewer({
  items,
  photoId,
  onNavigate,
  onClose,
  onDeleted,
  returnFocus,
}: {
  items: readonly PhotoItem[];
  photoId: string;
  onNavigate: (photoId: string) => void;
  onClose: () => void;
  /** The photo shown was deleted (the viewer is to close). */
  onDeleted: (photoId: string) => void;
  /** Where the focus goes when the photo that was opened is deleted. */
  returnFocus: () => HTMLElement | null;
}) {
  const { t } = useTranslation();
  const index = items.findIndex((item) => item.photo.id === photoId);
  const item = items[index];
  if (!item) return null;
  const previous = items[index - 1];
  const next = items[index + 1];
  return (
    <ModalDialog
      labelledBy={TITLE_ID}
      onClose={onClose}
      returnFocus={returnFocus}
      className="photo-viewer"
    >
      <div className="photo-viewer__header">
        <h2 id={TITLE_ID}>{t('photos:viewer.title', { n: index + 1, total: items.length })}</h2>
        <Button onClick={onClose}>{t('photos:viewer.close')}</Button>
      </div>
      <PhotoImage
        photoId={item.photo.id}
        part="full"
        alt={photoAlt(t, item.photo, index, items.length)}
        width={item.photo.width}
        height={item.photo.height}
        auto
        actions
        className="photo-viewer__image"
      />
      {items.length > 1 ? (
        <div className="button-row">
          <Button disabled={!previous} onClick={() => previous && onNavigate(previous.photo.id)}>
            {t('photos:viewer.previous')}
          </Button>
          <Button disabled={!next} onClick={() => next && onNavigate(next.photo.id)}>
            {t('photos:viewer.next')}
          </Button>
        </div>
      ) : null}
      {/* A new key per photo: the caption being typed belongs to the photo it was typed for. */}
      <PhotoDetails key={item.photo.id} item={item} onDeleted={() => onDeleted(item.photo.id)} />
    </ModalDialog>
  );
}

function PhotoDetails({ item, onDeleted }: { item: PhotoItem; onDeleted: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { photo } = item;
  const [caption, setCaption] = useState(photo.caption);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const failure = (error: unknown, otherwise: string) =>
    setMessage({
      tone: 'error',
      text: isStorageFull(error) ? t('photos:error.storageFull') : otherwise,
    });

  const saveCaption = async (event: FormEvent) => {
    // The viewer lies over a record's form: its submit must not also submit that form.
    event.preventDefault();
    event.stopPropagation();
    try {
      const result = await setPhotoCaption(photo, caption.trim(), currentUser());
      setMessage(
        result.ok
          ? { tone: 'success', text: t('photos:viewer.captionSaved') }
          : { tone: 'error', text: t('photos:viewer.captionInvalid') },
      );
    } catch (error) {
      console.error('Caption not saved', error);
      failure(error, t('photos:viewer.captionFailed'));
    }
  };

  const remove = async () => {
    if (!window.confirm(t('photos:viewer.confirmDelete'))) return;
    try {
      await deleteRecord(photo.id, currentUser());
      onDeleted();
    } catch (error) {
      console.error('Photo not deleted', error);
      failure(error, t('photos:viewer.deleteFailed'));
    }
  };

  return (
    <>
      <form className="photo-viewer__caption" onSubmit={(event) => void saveCaption(event)}>
        <TextField
          id="photo-caption"
          label={t('photos:viewer.caption')}
          hint={t('photos:viewer.captionHint')}
          value={caption}
          onValueChange={setCaption}
          lang={photo.lang}
          maxLength={2000}
        />
        <Button type="submit" disabled={caption.trim() === photo.caption}>
          {t('photos:viewer.saveCaption')}
        </Button>
      </form>
      <dl className="facts">
        <dt>{t('photos:viewer.takenAt')}</dt>
        <dd>
          <time dateTime={photo.takenAt}>{format.dateTime(photo.takenAt)}</time>
        </dd>
        <dt>{t('photos:viewer.size')}</dt>
        <dd>
          {t('photos:viewer.dimensions', {
            width: photo.width,
            height: photo.height,
            size: format.bytes(photo.size),
          })}
        </dd>
        <dt>{t('photos:viewer.state')}</dt>
        <dd>
          <PhotoStatus item={item} />
        </dd>
      </dl>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <div className="button-row">
        <Button variant="danger" onClick={() => void remove()}>
          {t('photos:viewer.delete')}
        </Button>
      </div>
    </>
  );
}
