import { contactEmail } from '@/lib/site';

/**
 * How to reach the people behind the site: the deployment's CONTACT_EMAIL when one is set,
 * otherwise the site's own "Report a problem" form. Never a made-up person or address.
 */
export function ContactLine() {
  const email = contactEmail();
  return email ? (
    <p>
      Write to us at <a href={`mailto:${email}`}>{email}</a>. You can also use &ldquo;Report a problem&rdquo; at the
      bottom of any page.
    </p>
  ) : (
    <p>
      To tell us about a mistake, use &ldquo;Report a problem&rdquo; at the bottom of any page. Say which page it is on and
      what you think is wrong.
    </p>
  );
}
