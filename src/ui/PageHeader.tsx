import type { ReactNode } from 'react';

export interface PageHeaderProps {
  title: string;
  /**
   * Shown above the title, e.g. the partnership. A screen that reads it from the device passes it
   * from the start (undefined while loading): its line is kept, so the title does not move down.
   */
  context?: ReactNode;
  /** Buttons or links at the end of the header. */
  actions?: ReactNode;
}

/** The title of a screen: the one <h1> of the page. */
export function PageHeader(props: PageHeaderProps) {
  const { title, context, actions } = props;
  return (
    <header className="page-header">
      <div className="page-header__text">
        {'context' in props ? <p className="page-header__context">{context ?? '\u00a0'}</p> : null}
        <h1 dir="auto">{title}</h1>
      </div>
      {actions ? <div className="page-header__actions">{actions}</div> : null}
    </header>
  );
}
