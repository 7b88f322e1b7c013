import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Section } from '../../ui/Section';
import { TextField } from '../../ui/TextField';
import { useSessionStore } from '../shared/sessionStore';
import { useWriteErrorText } from '../shared/useWriteErrorText';

/**
 * The name recorded as author of entries. Typed into the field first and stored on save or when
 * the field is left: the store trims names, which would eat a space typed between two words.
 */
export function UserNameSection() {
  const { t } = useTranslation();
  const userName = useSessionStore((state) => state.userName);
  const setUserName = useSessionStore((state) => state.setUserName);
  const [typed, setTyped] = useState(userName);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const errorText = useWriteErrorText();

  const save = () => {
    setFailure(null);
    setTyped(typed.trim());
    try {
      // Kept in localStorage, which refuses writes when the disk is full.
      setUserName(typed);
      setSaved(true);
    } catch (error) {
      console.error('Name not kept on the device', error);
      setSaved(false);
      setFailure(errorText(error, t('settings:user.failed')));
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save();
  };

  return (
    <Section id="settings-user" title={t('settings:user.title')}>
      <form onSubmit={onSubmit} noValidate>
        <TextField
          id="userName"
          label={t('settings:user.name')}
          hint={t('settings:user.hint')}
          value={typed}
          autoComplete="name"
          onValueChange={(value) => {
            setTyped(value);
            setSaved(false);
          }}
          onBlur={() => {
            if (typed.trim() !== userName) save();
          }}
        />
        <Button type="submit" variant="primary">
          {t('settings:user.save')}
        </Button>
      </form>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {saved ? (
        <Notice tone="success">
          {userName ? t('settings:user.saved', { name: userName }) : t('settings:user.cleared')}
        </Notice>
      ) : null}
    </Section>
  );
}
