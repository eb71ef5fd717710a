import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';

export function Footer() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <nav aria-label={t('footer.label')}>
          <ul className="footer-links">
            <li>
              <Link to={paths.accessibility}>{t('footer.accessibility')}</Link>
            </li>
            <li>
              <Link to={paths.feedback}>{t('footer.feedback')}</Link>
            </li>
            <li>
              <Link to={paths.netiquette}>{t('footer.netiquette')}</Link>
            </li>
          </ul>
        </nav>
        <p className="site-footer__about">{t('footer.about')}</p>
      </div>
    </footer>
  );
}
