import type { ElementType } from 'react';

export interface UserTextProps {
  text: string;
  /** The language the text was written in, so screen readers and fonts get it right. */
  lang?: string | undefined;
  as?: ElementType;
  className?: string;
}

/**
 * Text a person wrote, shown as plain text (never as markup), in its own language and direction,
 * with line breaks kept.
 */
export function UserText({ text, lang, as: Element = 'p', className }: UserTextProps) {
  return (
    <Element className={['user-text', className].filter(Boolean).join(' ')} lang={lang} dir="auto">
      {text}
    </Element>
  );
}
