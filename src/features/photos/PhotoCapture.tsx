// Adding photos: "take a photo" opens the camera (on phones), "choose photos" the gallery or
// files. Each picture is scaled on the device (preparePhoto) and stored at once with its
// thumbnail; what went wrong is said in words, and nothing else is lost.
import { useContext, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addPhoto, isStorageFull } from '../../db';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { currentUser } from '../shared/sessionStore';
import { ImageProcessorContext } from './imageProcessor';
import { PhotoInputError, preparePhoto } from './preparePhoto';

export interface PhotoCaptureProps {
  /** Prefix of the buttons' ids (the camera button's id is `${idPrefix}-camera`). */
  idPrefix: string;
  targetId: string;
  partnershipId: string;
  /** The language captions are written in. */
  lang: string;
  /** Called after photos were stored. */
  onAdded?: (() => void) | undefined;
}

/** When the picture was taken, as far as the file tells (a camera's file: just now). */
function takenAtOf(file: File): string {
  const time = file.lastModified > 0 ? file.lastModified : Date.now();
  return new Date(time).toISOString();
}

export function PhotoCapture({
  idPrefix,
  targetId,
  partnershipId,
  lang,
  onAdded,
}: PhotoCaptureProps) {
  const { t } = useTranslation();
  const processor = useContext(ImageProcessorContext);
  const camera = useRef<HTMLInputElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);

  const problemText = (error: unknown): string => {
    if (error instanceof PhotoInputError) return t(`photos:error.${error.problem}`);
    if (isStorageFull(error)) return t('photos:error.storageFull');
    return t('photos:error.failed');
  };

  const addFiles = async (files: readonly File[]) => {
    setBusy(true);
    setProblem(null);
    setAdded(0);
    let stored = 0;
    for (const file of files) {
      try {
        const prepared = await preparePhoto(file, processor);
        const result = await addPhoto({
          targetId,
          partnershipId,
          full: prepared.full,
          thumb: prepared.thumb,
          takenAt: takenAtOf(file),
          user: currentUser(),
          lang,
        });
        if (!result.ok) throw new Error(`photo record invalid: ${JSON.stringify(result.errors)}`);
        stored += 1;
      } catch (error) {
        console.error('Photo not added', error);
        setProblem(problemText(error));
        break;
      }
    }
    setAdded(stored);
    setBusy(false);
    if (stored > 0) onAdded?.();
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    // Cleared, so that choosing the same file again is a change too.
    event.target.value = '';
    if (files.length > 0) void addFiles(files);
  };

  let status = '';
  if (busy) status = t('photos:capture.processing');
  else if (added > 0) status = t('photos:capture.added', { count: added });

  return (
    <div className="photo-capture">
      <div className="button-row">
        <Button id={`${idPrefix}-camera`} disabled={busy} onClick={() => camera.current?.click()}>
          {t('photos:capture.take')}
        </Button>
        <Button id={`${idPrefix}-choose`} disabled={busy} onClick={() => picker.current?.click()}>
          {t('photos:capture.choose')}
        </Button>
      </div>
      {/* The buttons are the controls; the inputs only open the camera or the file chooser. */}
      <input
        ref={camera}
        type="file"
        accept="image/*"
        capture="environment"
        hidden
        tabIndex={-1}
        aria-label={t('photos:capture.take')}
        onChange={onChange}
      />
      <input
        ref={picker}
        type="file"
        accept="image/*"
        multiple
        hidden
        tabIndex={-1}
        aria-label={t('photos:capture.choose')}
        onChange={onChange}
      />
      <p className="muted photo-capture__status" role="status">
        {status}
      </p>
      {problem ? <Notice tone="error">{problem}</Notice> : null}
    </div>
  );
}
