import type { ReactNode } from 'react';

export interface PageHeaderProps {
  title: string;
  /** Shown above the title, e.g. the partnership. */
  context?: ReactNode;
  /** Buttons or links at the end of the header. */
  actions?: ReactNode;
}

/** The title of a screen: the one <h1> of the page. */
export function PageHeader({ title, context, actions }: PageHeaderProps) {
  return (
    <header className="page-header">
      <div className="page-header__text">
        {context ? <p className="page-header__context">{context}</p> : null}
        <h1 dir="auto">{title}</h1>
      </div>
      {actions ? <div className="page-header__actions">{actions}</div> : null}
    </header>
  );
}
